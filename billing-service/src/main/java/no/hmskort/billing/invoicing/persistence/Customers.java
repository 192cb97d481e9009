package no.hmskort.billing.invoicing.persistence;

import java.time.Instant;
import java.util.Optional;
import no.hmskort.contracts.ids.OrganisationNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Enhetsregisteret names of units, for the buyer on EHF documents ({@code customers}). */
@Component
public class Customers {

    private final MongoTemplate mongo;

    Customers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** State transfer: the newer {@code asOf} wins, so an older or repeated event changes nothing. */
    public void record(OrganisationNumber orgnr, String name, OrganisationNumber parent, Instant asOf) {
        Query current = new Query(Criteria.where("_id").is(orgnr.value()));
        CustomerDocument held = mongo.findOne(current, CustomerDocument.class);
        if (held != null && held.asOf() != null && !asOf.isAfter(held.asOf())) {
            return;
        }
        mongo.upsert(current, new Update().set("name", name).set("parent", parent == null ? null : parent.value())
                .set("asOf", asOf), CustomerDocument.class);
    }

    /**
     * The unit and, for a main unit, its sub-units as Enhetsregisteret last told us: a main unit's rights
     * cover its sub-units, and so does its view of their invoices.
     */
    public java.util.Set<OrganisationNumber> unitAndSubUnits(OrganisationNumber orgnr) {
        java.util.Set<OrganisationNumber> units = new java.util.LinkedHashSet<>();
        units.add(orgnr);
        mongo.find(new Query(Criteria.where("parent").is(orgnr.value())), CustomerDocument.class)
                .forEach(sub -> units.add(OrganisationNumber.of(sub.id())));
        return units;
    }

    public Optional<String> legalName(OrganisationNumber orgnr) {
        return Optional.ofNullable(mongo.findById(orgnr.value(), CustomerDocument.class)).map(CustomerDocument::name);
    }

    @org.springframework.data.mongodb.core.mapping.Document("customers")
    record CustomerDocument(String id, String name, String parent, Instant asOf) {
    }
}
