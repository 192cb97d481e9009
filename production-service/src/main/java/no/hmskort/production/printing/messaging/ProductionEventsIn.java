package no.hmskort.production.printing.messaging;

import java.util.function.Consumer;
import no.hmskort.contracts.events.Topics;
import no.hmskort.production.printing.application.IssuingPrintJob;
import no.hmskort.production.printing.application.RecordingPrinterReport;
import no.hmskort.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Approved order lines and the printer partner's reports in. */
@Configuration(proxyBeanMethods = false)
class ProductionEventsIn {

    @Bean
    Consumer<Message<byte[]>> orderEvents(EventConsumers consumers, IssuingPrintJob useCase) {
        return consumers.of(Topics.ORDERS, useCase::apply);
    }

    @Bean
    Consumer<Message<byte[]>> printerReports(EventConsumers consumers, RecordingPrinterReport useCase) {
        return consumers.of(Topics.PRINTER_REPORTS, useCase::apply);
    }
}
