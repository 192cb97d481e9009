package no.hmskort.order.ordering.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.ordering.application.KnownCards;
import no.hmskort.order.ordering.model.CardType;
import no.hmskort.order.ordering.model.DuplicateRule.CardOnRecord;
import no.hmskort.order.ordering.model.LineId;
import no.hmskort.order.ordering.model.OrderId;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The known cards in {@code cards}, keyed by card number; holders by pseudonym only. A card's status events
 * share one partition and are applied one at a time, so reading first and then writing by id is safe, and
 * every step is a lookup by id (the embedded store scans for any other query).
 */
@Component
class MongoKnownCards implements KnownCards {

    static final String COLLECTION = "cards";

    private final MongoTemplate mongo;

    MongoKnownCards(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void issued(Issued card) {
        mongo.upsert(byId(card.card()), new Update()
                .set("orderId", card.orderId().toString()).set("lineId", card.lineId().toString())
                .set("employer", card.employer().value()).set("holder", card.holder().pseudonym())
                .set("cardType", card.cardType().name())
                .set("expiresOn", card.expiresOn() == null ? null : card.expiresOn().toString())
                .setOnInsert("status", CardStatus.VALID.name()), COLLECTION);
    }

    @Override
    public Optional<CardStatus> status(CardNumber card) {
        return Optional.ofNullable(mongo.findById(card.value(), Document.class, COLLECTION))
                .map(d -> CardStatus.read(d.getString("status")));
    }

    @Override
    public void status(CardNumber card, CardStatus status) {
        mongo.upsert(byId(card), new Update().set("status", status.name()), COLLECTION);
    }

    @Override
    public Optional<CardLine> lineOf(CardNumber card) {
        Document document = mongo.findById(card.value(), Document.class, COLLECTION);
        return document == null || document.getString("orderId") == null ? Optional.empty()
                : Optional.of(new CardLine(OrderId.of(document.getString("orderId")),
                        LineId.of(document.getString("lineId"))));
    }

    @Override
    public List<CardOnRecord> of(PersonId holder, OrganisationNumber employer) {
        return mongo.find(new Query(Criteria.where("holder").is(holder.pseudonym()).and("employer").is(employer.value())),
                        Document.class, COLLECTION).stream()
                .map(d -> new CardOnRecord(CardNumber.of(d.getString("_id")),
                        CardType.of(d.getString("cardType")), CardStatus.read(d.getString("status")), expiresOn(d)))
                .toList();
    }

    private static Query byId(CardNumber card) {
        return new Query(Criteria.where("_id").is(card.value()));
    }

    /** An ISO date, so no time zone can move it; records from before renewals have none. */
    private static LocalDate expiresOn(Document record) {
        String value = record.getString("expiresOn");
        return value == null ? null : LocalDate.parse(value);
    }
}
