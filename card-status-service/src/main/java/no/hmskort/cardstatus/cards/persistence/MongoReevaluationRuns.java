package no.hmskort.cardstatus.cards.persistence;

import java.time.Instant;
import java.util.Optional;
import no.hmskort.cardstatus.cards.application.Reevaluation;
import no.hmskort.cardstatus.cards.application.ReevaluationRuns;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The re-evaluation's progress, one versioned document in {@code jobs}, beside the other jobs' markers. */
@Component
class MongoReevaluationRuns implements ReevaluationRuns {

    private static final String JOBS = "jobs";

    private final MongoTemplate mongo;

    MongoReevaluationRuns(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Reevaluation.Progress> current() {
        return Optional.ofNullable(mongo.findById(Reevaluation.JOB, ProgressDocument.class, JOBS))
                .map(ProgressDocument::progress);
    }

    @Override
    public Reevaluation.Progress save(Reevaluation.Progress progress) {
        return mongo.save(ProgressDocument.of(progress), JOBS).progress();
    }

    @Override
    public void discard() {
        mongo.remove(new Query(Criteria.where("_id").is(Reevaluation.JOB)), JOBS);
    }

    /** The progress's fields as they have always been stored. */
    record ProgressDocument(@Id String job, @Version Long version, String runId, Instant startedAt,
            String lastCardNumber, long processed, long changed, Instant finishedAt, String runner) {

        static ProgressDocument of(Reevaluation.Progress p) {
            return new ProgressDocument(p.job(), p.version(), p.runId(), p.startedAt(), p.lastCardNumber(),
                    p.processed(), p.changed(), p.finishedAt(), p.runner());
        }

        Reevaluation.Progress progress() {
            return new Reevaluation.Progress(job, version, runId, startedAt, lastCardNumber, processed, changed,
                    finishedAt, runner);
        }
    }
}
