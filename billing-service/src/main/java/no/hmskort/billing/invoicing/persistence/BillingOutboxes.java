package no.hmskort.billing.invoicing.persistence;

import no.hmskort.platform.messaging.OutboxSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The collections whose documents carry outbox messages, for the relay to sweep. */
@Configuration(proxyBeanMethods = false)
class BillingOutboxes {

    @Bean
    OutboxSource invoicesOutbox() {
        return new OutboxSource(InvoiceDocument.COLLECTION);
    }

    @Bean
    OutboxSource creditNotesOutbox() {
        return new OutboxSource(CreditNoteDocument.COLLECTION);
    }
}
