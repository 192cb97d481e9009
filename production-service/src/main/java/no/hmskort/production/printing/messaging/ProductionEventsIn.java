package no.hmskort.production.printing.messaging;

import java.util.function.Consumer;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cardstatus.CardStatusChanged;
import no.hmskort.contracts.events.orders.OrderLineApproved;
import no.hmskort.contracts.events.printing.CardPrinted;
import no.hmskort.contracts.events.printing.PrintFailed;
import no.hmskort.contracts.events.printing.ShipmentDeliveryConfirmed;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.platform.messaging.EventConsumers;
import no.hmskort.platform.messaging.Outbox;
import no.hmskort.platform.messaging.PoisonMessageException;
import no.hmskort.production.printing.application.FollowingCardStatus;
import no.hmskort.production.printing.application.IssuingPrintJob;
import no.hmskort.production.printing.application.RecordingPrinterReport;
import no.hmskort.production.shipping.messaging.DeliveryReports;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Approved order lines, the printer partner's reports and card status changes in, each turned into a
 * command. The partner's delivery confirmations share its reports topic (one binding per topic, so one
 * consumer group); shipping owns them and is handed each one ({@link DeliveryReports}).
 */
@Configuration(proxyBeanMethods = false)
class ProductionEventsIn {

    @Bean
    Consumer<Message<byte[]>> orderEvents(EventConsumers consumers, IssuingPrintJob useCase, Outbox outbox) {
        return consumers.of(Topics.ORDERS, envelope -> {
            if (envelope.data() instanceof OrderLineApproved line) {
                // the card keeps the trace its line arrived in: its later events go on in it
                useCase.approved(ProductionLines.of(line, outbox.traceparent()));
            }
        });
    }

    @Bean
    Consumer<Message<byte[]>> printerReports(EventConsumers consumers, RecordingPrinterReport printing,
            DeliveryReports deliveries) {
        return consumers.of(Topics.PRINTER_REPORTS, envelope -> {
            switch (envelope.data()) {
                case CardPrinted printed -> known(printed.cardNumber(), printing.printed(new RecordingPrinterReport.Printed(
                        envelope.id(), printed.cardNumber(), printed.chipUid(), printed.chipBatch(), printed.printedAt())));
                case PrintFailed failed -> known(failed.cardNumber(), printing.failed(new RecordingPrinterReport.Failed(
                        envelope.id(), failed.cardNumber(), failed.reason())));
                case ShipmentDeliveryConfirmed delivered -> deliveries.apply(delivered);
            }
        });
    }

    /** A report for a card production never made will not apply however often it comes: dead-lettered at once. */
    private static void known(CardNumber number, RecordingPrinterReport.Outcome outcome) {
        if (outcome == RecordingPrinterReport.Outcome.UNKNOWN_CARD) {
            throw new PoisonMessageException("printer report for unknown card " + number);
        }
    }

    @Bean
    Consumer<Message<byte[]>> cardStatusEvents(EventConsumers consumers, FollowingCardStatus useCase) {
        return consumers.of(Topics.CARD_STATUS, envelope -> {
            if (envelope.data() instanceof CardStatusChanged changed) {
                useCase.apply(new FollowingCardStatus.StatusAnnounced(changed.cardNumber(),
                        CardStatus.read(changed.status()), changed.changedAt()));
            }
        });
    }
}
