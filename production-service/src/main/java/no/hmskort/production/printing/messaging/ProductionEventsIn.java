package no.hmskort.production.printing.messaging;

import java.util.function.Consumer;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.printing.CardPrinted;
import no.hmskort.contracts.events.printing.PrintFailed;
import no.hmskort.contracts.events.printing.ShipmentDeliveryConfirmed;
import no.hmskort.platform.messaging.EventConsumers;
import no.hmskort.production.printing.application.FollowingCardStatus;
import no.hmskort.production.printing.application.IssuingPrintJob;
import no.hmskort.production.printing.application.RecordingPrinterReport;
import no.hmskort.production.shipping.application.RecordingDelivery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Approved order lines, the printer partner's reports and card status changes in. */
@Configuration(proxyBeanMethods = false)
class ProductionEventsIn {

    @Bean
    Consumer<Message<byte[]>> orderEvents(EventConsumers consumers, IssuingPrintJob useCase) {
        return consumers.of(Topics.ORDERS, useCase::apply);
    }

    @Bean
    Consumer<Message<byte[]>> printerReports(EventConsumers consumers, RecordingPrinterReport printing,
            RecordingDelivery delivery) {
        return consumers.of(Topics.PRINTER_REPORTS, envelope -> {
            switch (envelope.data()) {
                case CardPrinted printed -> printing.printed(envelope, printed);
                case PrintFailed failed -> printing.failed(envelope, failed);
                case ShipmentDeliveryConfirmed delivered -> delivery.apply(delivered);
            }
        });
    }

    @Bean
    Consumer<Message<byte[]>> cardStatusEvents(EventConsumers consumers, FollowingCardStatus useCase) {
        return consumers.of(Topics.CARD_STATUS, useCase::apply);
    }
}
