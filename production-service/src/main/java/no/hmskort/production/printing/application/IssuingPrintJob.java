package no.hmskort.production.printing.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.orders.OrderEvent;
import no.hmskort.contracts.events.orders.OrderLineApproved;
import no.hmskort.contracts.events.printing.PrintJobIssued;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.platform.messaging.Outbox;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.time.Norway;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.Replacement;
import no.hmskort.production.printing.persistence.ProductionCards;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A production line (an approved order line, or an automatic replacement) gets a card number and a print
 * job for the printer partner; a card whose print is retried gets the same job again.
 */
@Service
public class IssuingPrintJob {

    private final ProductionCards cards;
    private final Outbox outbox;
    private final Clock clock;
    private final String issuer;
    private final int attempts;
    private final SecureRandom random = new SecureRandom();

    IssuingPrintJob(ProductionCards cards, Outbox outbox, Clock clock, @Value("${hmskort.issuer-name}") String issuer,
            @Value("${hmskort.production.print-attempts}") int attempts) {
        this.cards = cards;
        this.outbox = outbox;
        this.clock = clock;
        this.issuer = issuer;
        this.attempts = attempts;
    }

    public void apply(EventEnvelope<OrderEvent> envelope) {
        if (envelope.data() instanceof OrderLineApproved line && !cards.existsForLine(line.lineId())) {
            issue(line, null);
        }
    }

    /** A new card for the line with its first print job; empty if the line already has its card. */
    public Optional<ProductionCard> issue(OrderLineApproved line, Replacement replacement) {
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

    /**
     * The print job for a card {@link #dated} for it: its number, the line's § 7 content, and the issue
     * and expiry dates the card records.
     */
    public OutboxMessage printJob(ProductionCard card) {
        if (card.issuedOn() == null) {
            throw new IllegalStateException("card " + card.cardNumber() + " has no print job date");
        }
        OrderLineApproved line = card.line();
        return outbox.message(Topics.PRINT_JOBS, new PrintJobIssued(card.cardNumber(), line.cardType(),
                line.holder().name(), line.holder().birthDate(), line.employerName(), line.employer(), card.issuedOn(),
                card.expiresOn(), issuer, line.photoRef(), line.deliveryAddress()));
    }
}
