package no.hmskort.order.ordering.persistence;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.hmskort.order.ordering.model.LineState;
import no.hmskort.platform.metrics.Recent;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The gauge {@code hmskort.order.lines}, tagged {@code state}: how many order lines stand in each state now,
 * counted in the store (so every replica reports the same), at most once per {@code hmskort.metrics.count-interval}
 * however often it is scraped.
 */
@Component
class LinesByState {

    private final MongoTemplate mongo;
    private final Recent<Map<LineState, Long>> counts;

    LinesByState(MongoTemplate mongo, MeterRegistry meters, @Value("${hmskort.metrics.count-interval}") Duration fresh) {
        this.mongo = mongo;
        this.counts = new Recent<>(fresh, this::countNow);
        for (LineState state : LineState.values()) {
            Gauge.builder("hmskort.order.lines", this, lines -> lines.count(state))
                    .description("order lines in each state").tag("state", state.name()).register(meters);
        }
    }

    private double count(LineState state) {
        return counts.get().getOrDefault(state, 0L);
    }

    private Map<LineState, Long> countNow() {
        Map<LineState, Long> now = new EnumMap<>(LineState.class);
        mongo.getCollection(mongo.getCollectionName(OrderDocument.class)).aggregate(List.of(
                new Document("$unwind", "$order.lines"),
                new Document("$group", new Document("_id", "$order.lines.state").append("n", new Document("$sum", 1)))))
                .forEach(group -> now.put(LineState.valueOf(group.getString("_id")), ((Number) group.get("n")).longValue()));
        return now;
    }
}
