package no.hmskort.billing.invoicing.persistence;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.hmskort.billing.invoicing.application.Prices;
import no.hmskort.billing.invoicing.model.ListedPrice;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.store.Change;
import no.hmskort.platform.store.VersionedStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
class MongoPrices implements Prices {

    private final MongoTemplate mongo;
    private final VersionedStore<ListedPrice, PriceDocument> store;

    MongoPrices(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.store = new VersionedStore<>(mongo, relay, PriceDocument.class, PriceDocument::new);
    }

    @Override
    public List<ListedPrice> listed() {
        return mongo.findAll(PriceDocument.class).stream().map(PriceDocument::model)
                .sorted(Comparator.comparing(listed -> listed.price().from())).toList();
    }

    @Override
    public boolean add(ListedPrice price) {
        return store.insert(price, List.of()).isPresent();
    }

    @Override
    public <R> Optional<R> change(LocalDate from, Function<ListedPrice, Change<ListedPrice, R>> decide) {
        return store.change(PriceDocument.idOf(from), decide);
    }
}
