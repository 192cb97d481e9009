package no.hmskort.billing.invoicing.persistence;

import java.time.Instant;
import java.util.Optional;
import no.hmskort.billing.invoicing.model.PostalAddress;
import no.hmskort.contracts.ids.OrganisationNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Units as Enhetsregisteret last told us ({@code customers}): name, main unit and address. Invoices go to the
 * main unit of the unit that ordered, with its registered name and business address.
 */
@Component
public class Customers {

    private final MongoTemplate mongo;

    Customers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A unit as known: {@code parent} null for a main unit, {@code address} null when never given. */
    public record Unit(OrganisationNumber orgnr, String name, OrganisationNumber parent, PostalAddress address) {
    }

    /**
     * State transfer: the newer {@code asOf} wins, so an older or repeated event changes nothing. An event
     * without an address (from a producer older than the field) keeps the address already known.
     */
    public void record(OrganisationNumber orgnr, String name, OrganisationNumber parent, PostalAddress address,
            Instant asOf) {
        Query current = new Query(Criteria.where("_id").is(orgnr.value()));
        CustomerDocument held = mongo.findOne(current, CustomerDocument.class);
        if (held != null && held.asOf() != null && !asOf.isAfter(held.asOf())) {
            return;
        }
        Update update = new Update().set("name", name).set("parent", parent == null ? null : parent.value())
                .set("asOf", asOf);
        if (address != null) {
            update.set("address", address);
        }
        mongo.upsert(current, update, CustomerDocument.class);
    }

    public Optional<Unit> unit(OrganisationNumber orgnr) {
        return Optional.ofNullable(mongo.findById(orgnr.value(), CustomerDocument.class)).map(c -> new Unit(orgnr,
                c.name(), c.parent() == null ? null : OrganisationNumber.of(c.parent()), c.address()));
    }

    /** The unit's main unit; the unit itself for a main unit, or for a unit not heard of. */
    public OrganisationNumber mainUnitOf(OrganisationNumber orgnr) {
        return unit(orgnr).map(Unit::parent).orElse(orgnr);
    }

    @org.springframework.data.mongodb.core.mapping.Document("customers")
    record CustomerDocument(String id, String name, String parent, PostalAddress address, Instant asOf) {
    }
}
