package no.hmskort.billing.invoicing.persistence;

import java.time.Instant;
import java.time.LocalDate;
import no.hmskort.billing.invoicing.model.ListedPrice;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.PriceList;
import no.hmskort.billing.invoicing.model.Provenance;
import no.hmskort.platform.store.VersionedDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A {@link ListedPrice} in {@code card_prices}, keyed by the date it takes effect; its amount in øre. */
@Document(PriceDocument.COLLECTION)
class PriceDocument extends VersionedDocument<ListedPrice> {

    static final String COLLECTION = "card_prices";

    @Id
    String id;
    LocalDate from;
    long netOre;
    String addedBy;
    Instant addedAt;
    /** Null on a price stored before provenance was kept. */
    String source;
    boolean dateAssumed;
    boolean amountAssumed;

    PriceDocument() {
    }

    PriceDocument(ListedPrice price) {
        keep(price);
    }

    static String idOf(LocalDate from) {
        return from.toString();
    }

    @Override
    public ListedPrice model() {
        return new ListedPrice(new PriceList.Price(from, new Money(netOre)),
                source == null ? null : new Provenance(source, dateAssumed, amountAssumed), addedBy, addedAt);
    }

    @Override
    protected void keep(ListedPrice listed) {
        id = idOf(listed.price().from());
        from = listed.price().from();
        netOre = listed.price().net().ore();
        addedBy = listed.addedBy();
        addedAt = listed.addedAt();
        Provenance provenance = listed.provenance();
        source = provenance == null ? null : provenance.source();
        dateAssumed = provenance != null && provenance.dateAssumed();
        amountAssumed = provenance != null && provenance.amountAssumed();
    }

    @Override
    public Object id() {
        return id;
    }
}
