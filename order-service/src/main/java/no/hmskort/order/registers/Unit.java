package no.hmskort.order.registers;

import java.time.Instant;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.messaging.AppliedEvents;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** Order-service's copy of an Enhetsregisteret unit: enough to know the main unit and whether it may order. */
@Document("units")
public class Unit {

    @Id
    String orgnr;
    @Version
    Long version;
    String name;
    String organisationForm;
    OrganisationNumber parent;
    boolean deleted;
    boolean bankrupt;
    boolean underLiquidation;
    Instant asOf;
    AppliedEvents applied = new AppliedEvents();

    public OrganisationNumber orgnr() {
        return OrganisationNumber.of(orgnr);
    }

    public String name() {
        return name;
    }

    /** The main unit: itself, or its parent when it is a sub-unit. */
    public OrganisationNumber mainUnit() {
        return parent != null ? parent : orgnr();
    }

    public boolean isActive() {
        return !deleted && !bankrupt && !underLiquidation;
    }
}
