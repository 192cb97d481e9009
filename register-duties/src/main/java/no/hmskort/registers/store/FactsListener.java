package no.hmskort.registers.store;

import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;

/**
 * What a service does when register facts change: card-status judges the cards that depend on them;
 * order-service re-checks the order lines waiting for them. Called on every delivery of a register event,
 * also when the facts did not change, so it must be idempotent.
 */
public interface FactsListener {

    void businessChanged(OrganisationNumber orgnr);

    void personChanged(PersonId person);
}
