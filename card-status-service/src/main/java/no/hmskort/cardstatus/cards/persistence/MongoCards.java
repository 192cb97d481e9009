package no.hmskort.cardstatus.cards.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import no.hmskort.cardstatus.cards.application.CardWritten;
import no.hmskort.cardstatus.cards.application.Cards;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.store.Change;
import no.hmskort.platform.store.VersionedStore;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The cards in {@code cards}, changed through the versioned store, and {@code card_index}: one document per
 * unit and per person listing its card numbers, read by id. Lookups by id work the same on MongoDB and on the
 * embedded store, which has no secondary indexes.
 */
@Component
class MongoCards implements Cards {

    private static final String INDEX = "card_index";

    private final MongoTemplate mongo;
    private final VersionedStore<Card, CardDocument> store;
    private final ApplicationEventPublisher written;

    MongoCards(MongoTemplate mongo, OutboxRelay relay, ApplicationEventPublisher written) {
        this.mongo = mongo;
        this.store = new VersionedStore<>(mongo, relay, CardDocument.class, CardDocument::of);
        this.written = written;
    }

    @Override
    public Optional<Card> find(CardNumber number) {
        return store.find(number.value());
    }

    @Override
    public Optional<Card> findByChip(ChipUid chip) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("chipUid").is(chip.value())),
                CardDocument.class)).map(CardDocument::model);
    }

    @Override
    public boolean exists(CardNumber number) {
        return mongo.exists(new Query(Criteria.where("_id").is(number.value())), CardDocument.class);
    }

    @Override
    public boolean insert(Card card) {
        boolean inserted = store.insert(card, List.of()).isPresent();
        if (inserted) {
            written.publishEvent(new CardWritten(card.cardNumber()));
        }
        return inserted;
    }

    /** Once saved (or found unchanged), whatever is kept of the card in memory is forgotten. */
    @Override
    public <R> Optional<R> change(CardNumber number, Function<Card, Change<Card, R>> decide) {
        Optional<R> result = store.change(number.value(), decide);
        result.ifPresent(r -> written.publishEvent(new CardWritten(number)));
        return result;
    }

    @Override
    public <R> Map<CardNumber, R> changeAll(List<CardNumber> numbers,
            Function<List<Card>, Function<Card, Change<Card, R>>> decideFor) {
        Map<CardNumber, R> results = new LinkedHashMap<>();
        store.changeAll(numbers.stream().map(CardNumber::value).toList(), decideFor)
                .forEach((number, result) -> results.put(CardNumber.of((String) number), result));
        results.keySet().forEach(number -> written.publishEvent(new CardWritten(number)));
        return results;
    }

    @Override
    public void index(Card card) {
        for (String key : List.of(unitKey(card.orderingUnit()), unitKey(card.employer()),
                personKey(card.holder().person()))) {
            mongo.upsert(new Query(Criteria.where("_id").is(key)),
                    new Update().addToSet("cards", card.cardNumber().value()), INDEX);
        }
    }

    @Override
    public List<CardNumber> numbersOfBusiness(OrganisationNumber orgnr, CardNumber after, int limit) {
        return indexed(unitKey(orgnr), after, limit);
    }

    @Override
    public List<CardNumber> numbersOfHolder(PersonId person, CardNumber after, int limit) {
        return indexed(personKey(person), after, limit);
    }

    private List<CardNumber> indexed(String key, CardNumber after, int limit) {
        Document entry = mongo.findById(key, Document.class, INDEX);
        if (entry == null) {
            return List.of();
        }
        String from = cursor(after);
        return entry.getList("cards", String.class).stream().filter(n -> n.compareTo(from) > 0).sorted().limit(limit)
                .map(CardNumber::of).toList();
    }

    private static String unitKey(OrganisationNumber orgnr) {
        return "unit:" + orgnr.value();
    }

    private static String personKey(PersonId person) {
        return "person:" + person.pseudonym();
    }

    @Override
    public List<CardNumber> numbersAfter(CardNumber after, int limit) {
        Query query = new Query(Criteria.where("_id").gt(cursor(after))).with(Sort.by("_id")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, "cards").stream().map(d -> CardNumber.of(d.getString("_id"))).toList();
    }

    /** Card numbers are stored as their digits, which sort as the numbers do; the empty string is before all. */
    private static String cursor(CardNumber after) {
        return after == null ? "" : after.value();
    }

    @Override
    public List<Card> ofBusiness(OrganisationNumber orgnr, CardStatus status, String search, int page, int size) {
        Criteria criteria = new Criteria().orOperator(Criteria.where("employer").is(orgnr.value()),
                Criteria.where("orderingUnit").is(orgnr.value()));
        if (status != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("status").is(status.name()));
        }
        if (search != null && !search.isBlank()) {
            String term = search.strip().toLowerCase(Locale.ROOT);
            criteria = new Criteria().andOperator(criteria, new Criteria().orOperator(
                    Criteria.where("holderName").regex(Pattern.quote(term)), Criteria.where("_id").is(term)));
        }
        return mongo.find(new Query(criteria).with(Sort.by("holderName", "_id")).skip((long) page * size).limit(size),
                CardDocument.class).stream().map(CardDocument::model).toList();
    }
}
