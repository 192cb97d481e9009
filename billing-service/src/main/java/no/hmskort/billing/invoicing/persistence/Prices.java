package no.hmskort.billing.invoicing.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.PriceList;
import no.hmskort.billing.invoicing.model.Provenance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The card price list ({@code card_prices}), one document per date a price takes effect, with its source. */
@Component
public class Prices {

    private final MongoTemplate mongo;

    Prices(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A price with where it comes from; the provenance is null for one stored before it was kept. */
    public record Listed(PriceList.Price price, Provenance provenance) {
    }

    public PriceList priceList() {
        return new PriceList(listed().stream().map(Listed::price).toList());
    }

    public List<Listed> listed() {
        return mongo.findAll(PriceDocument.class).stream().sorted(Comparator.comparing(PriceDocument::from))
                .map(p -> new Listed(new PriceList.Price(p.from(), new Money(p.netOre())), p.source() == null ? null
                        : new Provenance(p.source(), p.dateAssumed(), p.amountAssumed()))).toList();
    }

    /** Adds the price unless one already starts that day; false if one does. */
    public boolean add(PriceList.Price price, Provenance provenance, String addedBy, Instant now) {
        try {
            mongo.insert(new PriceDocument(price.from().toString(), price.from(), price.net().ore(), addedBy, now,
                    provenance.source(), provenance.dateAssumed(), provenance.amountAssumed()));
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    /**
     * Gives a price stored before provenance was kept the provenance its configuration now states, when the
     * stored amount is still the configured one; anything else stays as stored.
     */
    public void annotate(PriceList.Price price, Provenance provenance) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(price.from().toString()).and("netOre")
                .is(price.net().ore()).and("source").is(null)), new Update().set("source", provenance.source())
                .set("dateAssumed", provenance.dateAssumed()).set("amountAssumed", provenance.amountAssumed()),
                PriceDocument.class);
    }

    @org.springframework.data.mongodb.core.mapping.Document("card_prices")
    record PriceDocument(@Id String id, LocalDate from, long netOre, String addedBy, Instant addedAt, String source,
            boolean dateAssumed, boolean amountAssumed) {
    }
}
