package no.hmskort.billing.invoicing.persistence;

import java.util.ArrayList;
import java.util.List;
import no.hmskort.billing.invoicing.model.Invoice;
import no.hmskort.platform.messaging.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An invoice keyed by what it charges for (a card), so a redelivered event cannot bill twice. */
@Document("invoices")
public class InvoiceDocument {

    @Id
    String chargeKey;
    @Version
    Long version;
    @Indexed(unique = true)
    String invoiceNumber;
    @Indexed
    String customer;
    Invoice invoice;
    List<OutboxMessage> outbox = new ArrayList<>();

    public static InvoiceDocument of(String chargeKey, Invoice invoice, OutboxMessage event) {
        InvoiceDocument document = new InvoiceDocument();
        document.chargeKey = chargeKey;
        document.invoiceNumber = invoice.invoiceNumber();
        document.customer = invoice.customer().value();
        document.invoice = invoice;
        document.outbox.add(event);
        return document;
    }

    public Invoice invoice() {
        return invoice;
    }
}
