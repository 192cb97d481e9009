package no.hmskort.production.printing.messaging;

import java.time.Instant;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.contracts.events.cards.CardReplaced;
import no.hmskort.contracts.events.printing.PrintJobIssued;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.platform.messaging.Outbox;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.production.printing.application.CardAnnouncements;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.ProductionLine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A card's announcements as the contract events on the print-job and card topics. */
@Component
class CardEvents implements CardAnnouncements {

    private final Outbox outbox;
    private final String issuer;

    CardEvents(Outbox outbox, @Value("${hmskort.issuer-name}") String issuer) {
        this.outbox = outbox;
        this.issuer = issuer;
    }

    @Override
    public OutboxMessage printJob(ProductionCard card) {
        ProductionLine line = card.line();
        return outbox.message(Topics.PRINT_JOBS, new PrintJobIssued(card.cardNumber(), line.cardType(),
                line.holder().name(), line.holder().birthDate(), line.employerName(), line.employer(), card.issuedOn(),
                card.expiresOn(), issuer, line.photoRef(), ProductionLines.address(line.deliveryAddress())));
    }

    @Override
    public OutboxMessage issued(ProductionCard card) {
        ProductionLine line = card.line();
        return outbox.message(Topics.CARDS, new CardIssued(card.cardNumber(), card.chipUid(), line.orderId(),
                line.lineId(), line.orderingUnit(), line.employer(), line.employerName(), line.cardType(),
                ProductionLines.holder(line.holder()), card.issuedOn(), card.expiresOn(), line.orderedAt(),
                line.replacesCard(), card.freeOfCharge()), line.trace());
    }

    @Override
    public OutboxMessage replaced(CardNumber old, CardNumber by, String reason, Instant at) {
        return outbox.message(Topics.CARDS, new CardReplaced(old, by, reason, at));
    }
}
