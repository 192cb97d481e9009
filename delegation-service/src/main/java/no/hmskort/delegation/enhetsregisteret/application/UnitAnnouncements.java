package no.hmskort.delegation.enhetsregisteret.application;

import no.hmskort.delegation.enhetsregisteret.model.RegisterUnit;
import no.hmskort.platform.messaging.OutboxMessage;

/** What the register's units are told as (the messaging room builds the register events). */
public interface UnitAnnouncements {

    OutboxMessage unit(RegisterUnit unit);

    /** The unit's VAT registration; only for a unit that {@link RegisterUnit#showsVatRegistration() shows one}. */
    OutboxMessage vatRegistration(RegisterUnit unit);
}
