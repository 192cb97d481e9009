package no.hmskort.production.printing.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.messaging.OutboxSource;
import no.hmskort.platform.store.Change;
import no.hmskort.platform.store.VersionedStore;
import no.hmskort.production.printing.application.ProductionCards;
import no.hmskort.production.printing.model.CardRecord;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.ProductionState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The cards in production in MongoDB, one document per production line, changed through the versioned store. */
@Component
class MongoProductionCards implements ProductionCards {

    static final String COLLECTION = "production_cards";
    private static final int NUMBER_DRAWS = 20;

    private final MongoTemplate mongo;
    private final VersionedStore<CardRecord, ProductionCardDocument> store;

    MongoProductionCards(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.store = new VersionedStore<>(mongo, relay, ProductionCardDocument.class, ProductionCardDocument::new);
    }

    @Override
    public boolean existsForLine(UUID lineId) {
        return mongo.exists(new Query(Criteria.where("_id").is(lineId.toString())), ProductionCardDocument.class);
    }

    @Override
    public Optional<ProductionCard> findByLine(UUID lineId) {
        return store.find(lineId.toString()).map(CardRecord::card);
    }

    @Override
    public Optional<ProductionCard> insertWithFreshNumber(UUID lineId, Supplier<CardNumber> numbers,
            Function<CardNumber, ProductionCard> card, Function<ProductionCard, List<OutboxMessage>> events) {
        for (int draw = 0; draw < NUMBER_DRAWS; draw++) {
            ProductionCard candidate = card.apply(numbers.get());
            Optional<CardRecord> inserted = store.insert(CardRecord.of(candidate), events.apply(candidate));
            if (inserted.isPresent()) {
                return Optional.of(candidate);
            }
            if (existsForLine(lineId)) {
                return Optional.empty();
            }
            // else the number was taken: draw again
        }
        throw new IllegalStateException("no free card number after " + NUMBER_DRAWS + " draws");
    }

    @Override
    public Optional<CardRecord> findByNumber(CardNumber number) {
        return document(number).map(ProductionCardDocument::model);
    }

    @Override
    public Optional<CardNumber> holderOfChip(ChipUid chip) {
        // a query on exactly the unique index's field
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("card.chipUid").is(chip.value())),
                ProductionCardDocument.class)).map(document -> document.card().cardNumber());
    }

    @Override
    public <R> Optional<R> change(CardNumber number, Function<ProductionCard, Change<ProductionCard, R>> decide) {
        return changeRecord(number, record -> {
            Change<ProductionCard, R> change = decide.apply(record.card());
            return change.changed() == null ? Change.none(change.result())
                    : Change.to(record.with(change.changed()), change.events(), change.result());
        });
    }

    /** The card number never changes, so the document found by it is the one the store changes by its id. */
    @Override
    public <R> Optional<R> changeRecord(CardNumber number, Function<CardRecord, Change<CardRecord, R>> decide) {
        return document(number).flatMap(document -> store.change(document.id(), decide));
    }

    @Override
    public List<ProductionCard> inState(ProductionState state) {
        return cards(new Query(Criteria.where("card.state").is(state.name())).with(Sort.by("cardNumber")));
    }

    @Override
    public List<ProductionCard> announcedInState(ProductionState state) {
        return cards(new Query(Criteria.where("card.state").is(state.name()).and("outbox.0").exists(false))
                .with(Sort.by("cardNumber")));
    }

    @Override
    public List<CardRecord> withStrayChips() {
        return mongo.find(new Query(Criteria.where("strayChips.0").exists(true)).with(Sort.by("cardNumber")),
                ProductionCardDocument.class).stream().map(ProductionCardDocument::model).toList();
    }

    @Override
    public List<ProductionCard> inShipment(UUID shipmentId) {
        return cards(new Query(Criteria.where("card.shipmentId").is(shipmentId)));
    }

    @Override
    public List<ProductionCard> deliveredReplacementsNotYetAnnounced() {
        return cards(new Query(Criteria.where("card.state").is(ProductionState.DELIVERED.name())
                .and("card.replacement.oldCardReplaced").is(false)));
    }

    private Optional<ProductionCardDocument> document(CardNumber number) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("cardNumber").is(number.value())),
                ProductionCardDocument.class));
    }

    private List<ProductionCard> cards(Query query) {
        return mongo.find(query, ProductionCardDocument.class).stream().map(ProductionCardDocument::card).toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class Outbox {

        @Bean
        OutboxSource productionCardsOutbox() {
            return new OutboxSource(COLLECTION);
        }
    }
}
