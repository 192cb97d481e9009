package no.hmskort.production.recall.application;

import no.hmskort.platform.jobs.Leases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cards.CardReplaced;
import no.hmskort.platform.messaging.Outbox;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.persistence.ProductionCards;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Announces an old card as replaced ({@code CardReplaced}, which card status turns into a block) once its
 * automatic replacement has been delivered and the grace has passed: the old card keeps working at the
 * gates until the employer has had time to hand the new one over. First the old card's document (with
 * the event, once), then the new card is marked done; a crash between is finished by the next run.
 */
@Service
public class BlockingReplacedCards {

    private final ProductionCards cards;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration grace;
    private final Leases leases;

    BlockingReplacedCards(ProductionCards cards, Outbox outbox, Clock clock,
            @Value("${hmskort.production.replaced-card-grace}") Duration grace, Leases leases) {
        this.cards = cards;
        this.leases = leases;
        this.outbox = outbox;
        this.clock = clock;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${hmskort.production.replaced-card-check-interval}",
            initialDelayString = "${hmskort.production.replaced-card-check-interval}")
    public boolean scheduled() {
        return leases.runExclusively("blocking-replaced-cards", Duration.ofMinutes(10), lease -> runNow());
    }

    /** Blocks every old card that is due; returns how many. */
    public synchronized int runNow() {
        Instant now = clock.instant();
        int blocked = 0;
        for (ProductionCard replacement : cards.deliveredReplacementsNotYetAnnounced()) {
            if (!replacement.oldCardDueForBlocking(now, grace)) {
                continue;
            }
            var old = replacement.line().replacesCard();
            cards.change(old, document -> {
                if (document.card().replacedBy() != null) {
                    return false;
                }
                document.change(document.card().replacedBy(replacement.cardNumber()), List.of(outbox.message(
                        Topics.CARDS, new CardReplaced(old, replacement.cardNumber(),
                                replacement.replacement().reason(), now))));
                return true;
            });
            cards.change(replacement.cardNumber(), document -> {
                document.change(document.card().oldCardAnnounced(), List.of());
                return true;
            });
            blocked++;
        }
        return blocked;
    }
}
