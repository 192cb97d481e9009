package no.hmskort.delegation.enhetsregisteret.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.delegation.enhetsregisteret.model.RegisterUnit;
import no.hmskort.delegation.enhetsregisteret.model.UnitUpdate;
import no.hmskort.delegation.enhetsregisteret.model.UpdateKind;

/** Enhetsregisteret's open update feed and unit look-ups (the web room calls the register). */
public interface RegisterFeed {

    /** Up to {@code size} updates of one kind, from {@code from} on. */
    List<UnitUpdate> updates(UpdateKind kind, long from, int size);

    /**
     * The unit as the register shows it now, stamped {@code asOf}; deleted when the register answers that it
     * is gone; empty when the register does not know it at all.
     */
    Optional<RegisterUnit> unit(UpdateKind kind, OrganisationNumber orgnr, Instant asOf);
}
