package no.hmskort.billing.invoicing.persistence;

import java.time.Instant;
import java.time.LocalDate;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.PriceList;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The card price list ({@code card_prices}), one document per date a price takes effect. */
@Component
public class Prices {

    private final MongoTemplate mongo;

    Prices(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public PriceList priceList() {
        return new PriceList(mongo.findAll(PriceDocument.class).stream()
                .map(p -> new PriceList.Price(p.from(), new Money(p.netOre()))).toList());
    }

    /** Adds the price unless one already starts that day; false if one does. */
    public boolean add(PriceList.Price price, String addedBy, Instant now) {
        try {
            mongo.insert(new PriceDocument(price.from().toString(), price.from(), price.net().ore(), addedBy, now));
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    @org.springframework.data.mongodb.core.mapping.Document("card_prices")
    record PriceDocument(@Id String id, LocalDate from, long netOre, String addedBy, Instant addedAt) {
    }
}
