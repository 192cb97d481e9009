package no.hmskort.order.ordering.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.ordering.model.DuplicateRule.CardOnRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The cards made from our lines, as production and card status report them ({@code cards}, keyed by card
 * number): which line a card belongs to, and whether it is active or blocked. Holders by pseudonym only.
 */
@Component
public class KnownCards {

    static final String COLLECTION = "cards";
    private static final List<String> FINAL = List.of("BLOCKED", "EXPIRED");

    private final MongoTemplate mongo;

    KnownCards(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The line a card was made for. */
    public record CardLine(UUID orderId, UUID lineId) {
    }

    /** A card was issued for a line; its status stays what card status said, if it spoke first. */
    public void issued(CardNumber card, UUID orderId, UUID lineId, OrganisationNumber employer, PersonId holder,
            String cardType, LocalDate expiresOn) {
        mongo.upsert(new Query(Criteria.where("_id").is(card.value())), new Update()
                .set("orderId", orderId.toString()).set("lineId", lineId.toString())
                .set("employer", employer.value()).set("holder", holder.pseudonym()).set("cardType", cardType)
                .set("expiresOn", expiresOn == null ? null : expiresOn.toString()).setOnInsert("status", "VALID"),
                COLLECTION);
    }

    /**
     * The card's status as card status announces it; blocked and expired are final. A card's status events
     * share one partition and are applied one at a time, so reading first and then writing by id is safe,
     * and every step is a lookup by id (the embedded store scans for any other query).
     */
    public void statusChanged(CardNumber card, String status) {
        org.bson.Document current = mongo.findById(card.value(), org.bson.Document.class, COLLECTION);
        if (current != null && FINAL.contains(current.getString("status"))) {
            return;
        }
        mongo.upsert(new Query(Criteria.where("_id").is(card.value())), new Update().set("status", status), COLLECTION);
    }

    /** An ISO date, so no time zone can move it; records from before renewals have none. */
    private static LocalDate expiresOn(org.bson.Document record) {
        String value = record.getString("expiresOn");
        return value == null ? null : LocalDate.parse(value);
    }

    public Optional<CardLine> lineOf(CardNumber card) {
        org.bson.Document document = mongo.findById(card.value(), org.bson.Document.class, COLLECTION);
        return document == null || document.getString("orderId") == null ? Optional.empty()
                : Optional.of(new CardLine(UUID.fromString(document.getString("orderId")),
                        UUID.fromString(document.getString("lineId"))));
    }

    public List<CardOnRecord> of(PersonId holder, OrganisationNumber employer) {
        return mongo.find(new Query(Criteria.where("holder").is(holder.pseudonym()).and("employer").is(employer.value())),
                        org.bson.Document.class, COLLECTION).stream()
                .map(d -> new CardOnRecord(CardNumber.of(d.getString("_id")), d.getString("cardType"),
                        d.getString("status"), expiresOn(d)))
                .toList();
    }
}
