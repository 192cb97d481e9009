package no.hmskort.order.access;

import java.time.LocalDate;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A grant as delegation-service announced it: the local projection every order request is checked against. */
@Document("access_grants")
@CompoundIndex(name = "person_business", def = "{'person': 1, 'orgnr': 1}")
class AccessGrant {

    @Id
    String grantId;
    OrganisationNumber orgnr;
    PersonId person;
    String basis;
    LocalDate validFrom;
    LocalDate validUntil;
    boolean revoked;

    boolean inForceOn(LocalDate day) {
        return !revoked && !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }
}
