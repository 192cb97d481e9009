package no.hmskort.delegation.access.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.delegation.access.model.Business;
import no.hmskort.platform.store.Change;

/**
 * The businesses this service keeps. A change is decided on a fresh copy and saved with a version check and
 * its events in one write; when another writer came first the decision is asked again on what is there now.
 */
public interface Businesses {

    Optional<Business> find(OrganisationNumber orgnr);

    List<Business> all(Collection<OrganisationNumber> orgnrs);

    /** Every business where the person has an open grant (dates are checked by the caller). */
    List<Business> withGrantsFor(PersonId person);

    /** Businesses with an open delegation whose stop date is before {@code day}. */
    List<OrganisationNumber> withDelegationsEndingBefore(LocalDate day);

    /**
     * Changes the business as {@code decide} says; one not known yet starts as {@link Business#unknown} and is
     * stored only when the decision changes it.
     */
    <R> R change(OrganisationNumber orgnr, Function<Business, Change<Business, R>> decide);

    /**
     * The same for a register event, once: a redelivered event is recognised and decides nothing. The event
     * is remembered in the same write as the change it made.
     *
     * @return false when the event had been applied before
     */
    boolean changeOnce(OrganisationNumber orgnr, UUID eventId, Function<Business, Change<Business, ?>> decide);
}
