package no.hmskort.cardstatus.cards.persistence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.messaging.OutboxSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
public class Cards {

    private static final String INDEX = "card_index";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    Cards(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    public Optional<CardDocument> find(CardNumber number) {
        return Optional.ofNullable(mongo.findById(number.value(), CardDocument.class));
    }

    public boolean exists(CardNumber number) {
        return mongo.exists(new Query(Criteria.where("_id").is(number.value())), CardDocument.class);
    }

    public Optional<CardDocument> findByChip(ChipUid chip) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("chipUid").is(chip.value())), CardDocument.class));
    }

    /**
     * Inserts a new card; false when a unique key is taken: the card is there already (a redelivered event),
     * or its chip is on another card.
     */
    public boolean insert(CardDocument document) {
        try {
            mongo.insert(document);
        } catch (DuplicateKeyException e) {
            return false;
        }
        relay.nudge("cards", document.cardNumber);
        return true;
    }

    /** Saves a changed card; a concurrent change makes this throw, and the caller re-reads and retries. */
    public void save(CardDocument document) {
        mongo.save(document);
        if (!document.outbox.isEmpty()) {
            relay.nudge("cards", document.cardNumber);
        }
    }

    /**
     * Records which unit and which person the card belongs to, in {@code card_index} (one document per
     * unit and per person, read by id). Idempotent; done on every delivery of the card's event. Lookups by
     * id work the same on MongoDB and on the embedded store, which has no secondary indexes.
     */
    public void index(Card card) {
        for (String key : List.of(unitKey(card.orderingUnit()), unitKey(card.employer()),
                personKey(card.holder().person()))) {
            mongo.upsert(new Query(Criteria.where("_id").is(key)),
                    new org.springframework.data.mongodb.core.query.Update().addToSet("cards", card.cardNumber().value()),
                    INDEX);
        }
    }

    /** Card numbers of every card of a business: ordered by it, or printed with it as the main unit. */
    public List<String> numbersOfBusiness(OrganisationNumber orgnr, String after, int limit) {
        return indexed(unitKey(orgnr), after, limit);
    }

    public List<String> numbersOfHolder(PersonId person, String after, int limit) {
        return indexed(personKey(person), after, limit);
    }

    private List<String> indexed(String key, String after, int limit) {
        org.bson.Document entry = mongo.findById(key, org.bson.Document.class, INDEX);
        if (entry == null) {
            return List.of();
        }
        return entry.getList("cards", String.class).stream().filter(n -> n.compareTo(after) > 0).sorted().limit(limit)
                .toList();
    }

    private static String unitKey(OrganisationNumber orgnr) {
        return "unit:" + orgnr.value();
    }

    private static String personKey(PersonId person) {
        return "person:" + person.pseudonym();
    }

    public List<String> numbersAfter(String after, int limit) {
        return numbers(Criteria.where("_id").gt(after), limit);
    }

    private List<String> numbers(Criteria criteria, int limit) {
        Query query = new Query(criteria).with(Sort.by("_id")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, "cards").stream().map(d -> d.getString("_id")).toList();
    }

    /**
     * The cards of a business and its sub-units (a main unit's number finds every card printed with it),
     * optionally by status and by a search on holder name or card number.
     */
    public List<Card> ofBusiness(OrganisationNumber orgnr, String status, String search, int page, int size) {
        Criteria criteria = new Criteria().orOperator(Criteria.where("employer").is(orgnr.value()),
                Criteria.where("orderingUnit").is(orgnr.value()));
        if (status != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("status").is(status));
        }
        if (search != null && !search.isBlank()) {
            String term = search.strip().toLowerCase(Locale.ROOT);
            criteria = new Criteria().andOperator(criteria, new Criteria().orOperator(
                    Criteria.where("holderName").regex(Pattern.quote(term)), Criteria.where("_id").is(term)));
        }
        return mongo.find(new Query(criteria).with(Sort.by("holderName", "_id")).skip((long) page * size).limit(size),
                CardDocument.class).stream().map(CardDocument::card).toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class Outbox {

        @Bean
        OutboxSource cardsOutbox() {
            return new OutboxSource("cards");
        }
    }
}
