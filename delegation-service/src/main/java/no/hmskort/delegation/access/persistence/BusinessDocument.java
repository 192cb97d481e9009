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
import no.hmskort.platform.store.VersionedDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One business, its grants, the events its last changes imply (outbox) and the events it has applied:
 * all in one document, so each change is one atomic write.
 */
@Document("businesses")
class BusinessDocument extends VersionedDocument<StoredBusiness> {

    @Id
    String orgnr;
    String name;
    OrganisationNumber parent;
    boolean deleted;
    Instant unitAsOf;
    List<OrganisationNumber> subUnits = new ArrayList<>();
    List<RoleHolder> roles = new ArrayList<>();
    Instant rolesAsOf;
    List<Grant> grants = new ArrayList<>();
    List<AuditEntry> audit = new ArrayList<>();
    AppliedEvents applied = new AppliedEvents();

    BusinessDocument() {
    }

    BusinessDocument(StoredBusiness business) {
        keep(business);
    }

    @Override
    public StoredBusiness model() {
        return new StoredBusiness(new Business(OrganisationNumber.of(orgnr), name, parent, deleted, unitAsOf, subUnits,
                roles, rolesAsOf, grants, audit), applied);
    }

    @Override
    protected void keep(StoredBusiness changed) {
        Business business = changed.business();
        orgnr = business.orgnr().value();
        name = business.name();
        parent = business.parent();
        deleted = business.deleted();
        unitAsOf = business.unitAsOf();
        subUnits = business.subUnits();
        roles = business.roles();
        rolesAsOf = business.rolesAsOf();
        grants = business.grants();
        audit = business.audit();
        applied = changed.applied();
    }

    @Override
    public Object id() {
        return orgnr;
    }
}
