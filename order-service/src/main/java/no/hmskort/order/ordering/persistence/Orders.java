package no.hmskort.order.ordering.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.messaging.OutboxSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The {@code orders} collection. */
@Component
public class Orders {

    static final String COLLECTION = "orders";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    Orders(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /** Inserts a new order; a second order under the same idempotency key raises {@code DuplicateKeyException}. */
    public void insert(OrderDocument document) {
        mongo.insert(document);
        relay.nudge(COLLECTION, document.orderId);
    }

    /** Saves a changed order if it is still the version read (else {@code OptimisticLockingFailureException}). */
    public void save(OrderDocument document) {
        mongo.save(document);
        if (!document.outbox.isEmpty()) {
            relay.nudge(COLLECTION, document.orderId);
        }
    }

    public Optional<OrderDocument> find(UUID orderId) {
        return Optional.ofNullable(mongo.findById(orderId.toString(), OrderDocument.class));
    }

    public Optional<OrderDocument> byIdempotencyKey(String scopedKey) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("idempotencyKey").is(scopedKey)),
                OrderDocument.class));
    }

    /** Orders placed by the unit, or by any sub-unit when it is a main unit; newest first. */
    public List<OrderDocument> page(OrganisationNumber unit, int page, int size) {
        return mongo.find(new Query(new Criteria().orOperator(Criteria.where("orderingUnit").is(unit.value()),
                        Criteria.where("employer").is(unit.value())))
                .with(Sort.by(Sort.Direction.DESC, "placedAt")).skip((long) page * size).limit(size),
                OrderDocument.class);
    }

    public boolean hasOpenLine(OrganisationNumber employer, PersonId person, String cardType) {
        return mongo.exists(new Query(Criteria.where("employer").is(employer.value()).and("cardType").is(cardType)
                .and("openHolders").is(person.pseudonym())), OrderDocument.class);
    }

    /** A line that is open or has made its card already replaces this card. */
    public boolean replaces(CardNumber card) {
        return mongo.exists(new Query(Criteria.where("replacedCards").is(card.value())), OrderDocument.class);
    }

    public List<UUID> waitingForUnit(OrganisationNumber unit) {
        return ids(Criteria.where("waitingUnits").is(unit.value()));
    }

    public List<UUID> waitingForPerson(PersonId person) {
        return ids(Criteria.where("waitingPersons").is(person.pseudonym()));
    }

    /** Orders with a line awaiting its identity check, the longest waiting first. */
    public List<OrderDocument> awaitingIdentityCheck(int limit) {
        return mongo.find(new Query(Criteria.where("identityCheckSince").ne(null))
                .with(Sort.by(Sort.Direction.ASC, "identityCheckSince")).limit(limit), OrderDocument.class);
    }

    public List<UUID> waiting() {
        return ids(Criteria.where("waiting").is(true));
    }

    private List<UUID> ids(Criteria criteria) {
        Query query = new Query(criteria);
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, COLLECTION).stream()
                .map(d -> UUID.fromString(d.getString("_id"))).toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class Outbox {

        @Bean
        OutboxSource ordersOutbox() {
            return new OutboxSource(COLLECTION);
        }
    }
}
