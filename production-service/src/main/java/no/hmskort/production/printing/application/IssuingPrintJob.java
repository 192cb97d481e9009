package no.hmskort.production.printing.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.orders.OrderEvent;
import no.hmskort.contracts.events.orders.OrderLineApproved;
import no.hmskort.contracts.events.printing.PrintJobIssued;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.ValidityPeriod;
import no.hmskort.production.printing.persistence.ProductionCards;
import no.hmskort.platform.messaging.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** An approved order line gets a card number and a print job for the printer partner. */
@Service
public class IssuingPrintJob {

    private final ProductionCards cards;
    private final Outbox outbox;
    private final Clock clock;
    private final String issuer;
    private final SecureRandom random = new SecureRandom();

    IssuingPrintJob(ProductionCards cards, Outbox outbox, Clock clock, @Value("${hmskort.issuer-name}") String issuer) {
        this.cards = cards;
        this.outbox = outbox;
        this.clock = clock;
        this.issuer = issuer;
    }

    public void apply(EventEnvelope<OrderEvent> envelope) {
        if (!(envelope.data() instanceof OrderLineApproved line) || cards.existsForLine(line.lineId())) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        cards.insertWithFreshNumber(line.lineId(), () -> CardNumber.random(random),
                number -> ProductionCard.requested(number, line),
                card -> outbox.message(Topics.PRINT_JOBS, printJob(card, today)));
    }

    private PrintJobIssued printJob(ProductionCard card, LocalDate today) {
        OrderLineApproved line = card.line();
        return new PrintJobIssued(card.cardNumber(), line.cardType(), line.holder().name(),
                line.holder().birthDate(), line.employerName(), line.employer(), today,
                ValidityPeriod.expiryFor(today), issuer, null, line.deliveryAddress());
    }
}
