package no.hmskort.production.printing.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.contracts.events.printing.CardPrinted;
import no.hmskort.contracts.events.printing.PrintFailed;
import no.hmskort.contracts.events.printing.PrinterReport;
import no.hmskort.contracts.events.printing.ShipmentDeliveryConfirmed;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.ProductionState;
import no.hmskort.production.printing.persistence.ProductionCardDocument;
import no.hmskort.production.printing.persistence.ProductionCards;
import no.hmskort.platform.messaging.Outbox;
import no.hmskort.platform.messaging.PoisonMessageException;
import org.springframework.stereotype.Service;

/** The printer partner reports a card printed (with its chip) or failed. */
@Service
public class RecordingPrinterReport {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final ProductionCards cards;
    private final Outbox outbox;

    RecordingPrinterReport(ProductionCards cards, Outbox outbox) {
        this.cards = cards;
        this.outbox = outbox;
    }

    public void apply(EventEnvelope<PrinterReport> envelope) {
        PrinterReport report = envelope.data();
        CardNumber number = switch (report) {
            case CardPrinted printed -> printed.cardNumber();
            case PrintFailed failed -> failed.cardNumber();
            case ShipmentDeliveryConfirmed delivered -> null;
        };
        if (number == null) {
            return;
        }
        ProductionCardDocument document = cards.findByNumber(number).orElseThrow(
                () -> new PoisonMessageException("printer report for unknown card " + number));
        ProductionCard card = document.card();
        if (card.state() != ProductionState.PRINT_REQUESTED) {
            return;
        }
        switch (report) {
            case CardPrinted printed -> {
                ProductionCard done = card.printed(printed.chipUid(), LocalDate.ofInstant(printed.printedAt(), NORWAY));
                document.change(done, List.of(outbox.message(Topics.CARDS, issued(done))));
            }
            case PrintFailed failed -> document.change(card.failed(failed.reason()), List.of());
            case ShipmentDeliveryConfirmed delivered -> throw new IllegalStateException("not a card report");
        }
        cards.save(document);
    }

    private static CardIssued issued(ProductionCard card) {
        var line = card.line();
        return new CardIssued(card.cardNumber(), card.chipUid(), line.orderId(), line.lineId(), line.orderingUnit(),
                line.employer(), line.employerName(), line.cardType(), line.holder(), card.issuedOn(),
                card.expiresOn(), line.orderedAt(), line.replacesCard(), false);
    }
}
