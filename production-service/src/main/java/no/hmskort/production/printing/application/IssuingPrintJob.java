package no.hmskort.production.printing.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.time.Norway;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.ProductionLine;
import no.hmskort.production.printing.model.Replacement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A production line (an approved order line, or an automatic replacement) gets a card number and a print
 * job for the printer partner; a card whose print is retried gets the same job again.
 */
@Service
public class IssuingPrintJob {

    private final ProductionCards cards;
    private final CardAnnouncements announcements;
    private final Clock clock;
    private final int attempts;
    private final SecureRandom random = new SecureRandom();

    IssuingPrintJob(ProductionCards cards, CardAnnouncements announcements, Clock clock,
            @Value("${hmskort.production.print-attempts}") int attempts) {
        this.cards = cards;
        this.announcements = announcements;
        this.clock = clock;
        this.attempts = attempts;
    }

    /** An approved order line: its card, unless a redelivery finds it made already. */
    public void approved(ProductionLine line) {
        if (!cards.existsForLine(line.lineId())) {
            issue(line, null);
        }
    }

    /** A new card for the line with its first print job; empty if the line already has its card. */
    public Optional<ProductionCard> issue(ProductionLine line, Replacement replacement) {
        return cards.insertWithFreshNumber(line.lineId(), () -> CardNumber.random(random),
                number -> dated(ProductionCard.requested(number, line, replacement, attempts)),
                card -> List.of(printJob(card)));
    }

    /** How many print jobs a card gets before it waits for the operator. */
    public int attempts() {
        return attempts;
    }

    /** The card whose print job goes out now, recording today's (Norwegian) date as its issue date. */
    public ProductionCard dated(ProductionCard card) {
        return card.printJobIssued(Norway.today(clock));
    }

    /** The print job for a card {@link #dated} for it: the dates it carries are the ones the card records. */
    public OutboxMessage printJob(ProductionCard card) {
        if (card.issuedOn() == null) {
            throw new IllegalStateException("card " + card.cardNumber() + " has no print job date");
        }
        return announcements.printJob(card);
    }
}
