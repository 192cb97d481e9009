package no.hmskort.delegation.enhetsregisteret.model;

import java.time.Instant;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * One entry of an update feed: a unit changed at {@code asOf}.
 *
 * @param removed the register says the unit is gone, so there is nothing to fetch
 * @param updateId the feed's own sequence number; the next page starts after it
 */
public record UnitUpdate(OrganisationNumber orgnr, Instant asOf, boolean removed, long updateId) {
}
