package no.hmskort.production.recall.application;

import no.hmskort.platform.jobs.Leases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.hmskort.platform.store.Change;
import no.hmskort.production.printing.application.CardAnnouncements;
import no.hmskort.production.printing.application.ProductionCards;
import no.hmskort.production.printing.model.ProductionCard;
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
    private final CardAnnouncements announcements;
    private final Clock clock;
    private final Duration grace;
    private final Leases leases;

    BlockingReplacedCards(ProductionCards cards, CardAnnouncements announcements, Clock clock,
            @Value("${hmskort.production.replaced-card-grace}") Duration grace, Leases leases) {
        this.cards = cards;
        this.leases = leases;
        this.announcements = announcements;
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
            cards.change(old, card -> {
                if (card.replacedBy() != null) {
                    return Change.<ProductionCard, ProductionCard>none(card);
                }
                return Change.to(card.replacedBy(replacement.cardNumber()), List.of(announcements.replaced(old,
                        replacement.cardNumber(), replacement.replacement().reason(), now)));
            });
            cards.change(replacement.cardNumber(), card -> Change.to(card.oldCardAnnounced(), List.of()));
            blocked++;
        }
        return blocked;
    }
}
