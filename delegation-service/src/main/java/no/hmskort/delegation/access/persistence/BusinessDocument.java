package no.hmskort.delegation.access.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.delegation.access.model.AuditEntry;
import no.hmskort.delegation.access.model.Business;
import no.hmskort.delegation.access.model.Grant;
import no.hmskort.delegation.access.model.RoleHolder;
import no.hmskort.platform.messaging.AppliedEvents;
import no.hmskort.platform.messaging.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One business, its grants, the events its last changes imply (outbox) and the events it has applied:
 * all in one document, so each change is one atomic write.
 */
@Document("businesses")
public class BusinessDocument {

    @Id
    String orgnr;
    @Version
    Long version;
    String name;
    OrganisationNumber parent;
    boolean deleted;
    Instant unitAsOf;
    List<OrganisationNumber> subUnits = new ArrayList<>();
    List<RoleHolder> roles = new ArrayList<>();
    Instant rolesAsOf;
    List<Grant> grants = new ArrayList<>();
    List<AuditEntry> audit = new ArrayList<>();
    List<OutboxMessage> outbox = new ArrayList<>();
    AppliedEvents applied = new AppliedEvents();

    static BusinessDocument of(Business business) {
        BusinessDocument document = new BusinessDocument();
        document.orgnr = business.orgnr().value();
        document.update(business);
        return document;
    }

    public Business toModel() {
        return new Business(OrganisationNumber.of(orgnr), name, parent, deleted, unitAsOf, subUnits, roles, rolesAsOf,
                grants, audit);
    }

    public void update(Business business) {
        name = business.name();
        parent = business.parent();
        deleted = business.deleted();
        unitAsOf = business.unitAsOf();
        subUnits = business.subUnits();
        roles = business.roles();
        rolesAsOf = business.rolesAsOf();
        grants = business.grants();
        audit = business.audit();
    }

    public boolean firstDelivery(java.util.UUID eventId) {
        return applied.remember(eventId);
    }

    public void publish(OutboxMessage message) {
        outbox.add(message);
    }
}
