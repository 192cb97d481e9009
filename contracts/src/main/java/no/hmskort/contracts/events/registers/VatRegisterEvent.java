package no.hmskort.contracts.events.registers;

import java.time.Instant;
import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.OrganisationNumber;

/** Merverdiavgiftsregisteret: the VAT register. */
public sealed interface VatRegisterEvent extends Event permits VatRegisterEvent.VatRegistrationChanged {

    /**
     * Whether the business is registered for VAT now, or has an accepted exemption (e.g. newly founded).
     *
     * @param exemption the accepted reason for not being registered; null when none
     */
    @EventType(name = "VatRegistrationChanged", version = 1)
    record VatRegistrationChanged(OrganisationNumber orgnr, boolean registered, String exemption, Instant asOf)
            implements VatRegisterEvent {

        @Override
        public String partitionKey() {
            return orgnr.value();
        }
    }
}
