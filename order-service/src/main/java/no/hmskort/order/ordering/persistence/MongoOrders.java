package no.hmskort.order.ordering.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.ordering.application.Orders;
import no.hmskort.order.ordering.model.CardType;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.order.ordering.model.RequestFingerprint;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.messaging.OutboxSource;
import no.hmskort.platform.store.Change;
import no.hmskort.platform.store.VersionedStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The {@code orders} collection: one document per order, changed only through the versioned store. */
@Component
class MongoOrders implements Orders {

    static final String COLLECTION = "orders";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final VersionedStore<Order, OrderDocument> store;

    MongoOrders(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
        // an order is stored for the first time only by insert, which files it under its key
        this.store = new VersionedStore<>(mongo, relay, OrderDocument.class, order -> {
            throw new IllegalStateException("order " + order.orderId() + " is placed by insert, not by a change");
        });
    }

    @Override
    public Optional<Order> find(OrderId orderId) {
        return store.find(orderId.toString());
    }

    @Override
    public <R> Optional<R> change(OrderId orderId, Function<Order, Change<Order, R>> decide) {
        return store.change(orderId.toString(), decide);
    }

    @Override
    public Optional<Order> insert(Order order, String placedUnder, RequestFingerprint fingerprint,
            List<OutboxMessage> events) {
        // the document a new order starts as carries the key it is filed under, so one store per placing
        return new VersionedStore<>(mongo, relay, OrderDocument.class,
                (Order placed) -> OrderDocument.placed(placed, placedUnder, fingerprint.value())).insert(order, events);
    }

    @Override
    public Optional<Placement> placedUnder(String key) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("idempotencyKey").is(key)),
                OrderDocument.class))
                .map(document -> new Placement(document.asPlaced(), new RequestFingerprint(document.fingerprint())));
    }

    @Override
    public List<Order> page(OrganisationNumber unit, int page, int size) {
        return mongo.find(new Query(new Criteria().orOperator(Criteria.where("orderingUnit").is(unit.value()),
                        Criteria.where("employer").is(unit.value())))
                .with(Sort.by(Sort.Direction.DESC, "placedAt")).skip((long) page * size).limit(size),
                OrderDocument.class).stream().map(OrderDocument::model).toList();
    }

    @Override
    public boolean hasOpenLine(OrganisationNumber employer, PersonId person, CardType cardType) {
        return mongo.exists(new Query(Criteria.where("employer").is(employer.value())
                .and("cardType").is(cardType.name()).and("openHolders").is(person.pseudonym())), OrderDocument.class);
    }

    @Override
    public boolean replaces(CardNumber card) {
        return mongo.exists(new Query(Criteria.where("replacedCards").is(card.value())), OrderDocument.class);
    }

    @Override
    public List<OrderId> waitingForUnit(OrganisationNumber unit) {
        return ids(Criteria.where("waitingUnits").is(unit.value()));
    }

    @Override
    public List<OrderId> waitingForPerson(PersonId person) {
        return ids(Criteria.where("waitingPersons").is(person.pseudonym()));
    }

    @Override
    public List<Order> awaitingIdentityCheck(int limit) {
        return mongo.find(new Query(Criteria.where("identityCheckSince").ne(null))
                .with(Sort.by(Sort.Direction.ASC, "identityCheckSince")).limit(limit), OrderDocument.class)
                .stream().map(OrderDocument::model).toList();
    }

    @Override
    public List<OrderId> waiting() {
        return ids(Criteria.where("waiting").is(true));
    }

    private List<OrderId> ids(Criteria criteria) {
        Query query = new Query(criteria);
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, COLLECTION).stream()
                .map(d -> OrderId.of(d.getString("_id"))).toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class Outbox {

        @Bean
        OutboxSource ordersOutbox() {
            return new OutboxSource(COLLECTION);
        }
    }
}
