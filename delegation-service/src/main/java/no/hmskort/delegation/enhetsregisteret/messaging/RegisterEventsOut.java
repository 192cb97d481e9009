package no.hmskort.delegation.enhetsregisteret.messaging;

import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.registers.BusinessAddress;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.events.registers.VatRegisterEvent.VatRegistrationChanged;
import no.hmskort.delegation.enhetsregisteret.application.UnitAnnouncements;
import no.hmskort.delegation.enhetsregisteret.model.RegisterUnit;
import no.hmskort.delegation.enhetsregisteret.model.UnitAddress;
import no.hmskort.platform.messaging.Outbox;
import no.hmskort.platform.messaging.OutboxMessage;

/**
 * The register's units as register events: {@code UnitChanged} on {@code hmskort.register.enhetsregisteret.v1},
 * {@code VatRegistrationChanged} on the VAT register's topic.
 */
public class RegisterEventsOut implements UnitAnnouncements {

    private final Outbox outbox;

    public RegisterEventsOut(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public OutboxMessage unit(RegisterUnit unit) {
        return outbox.message(Topics.ENHETSREGISTERET, new UnitChanged(unit.orgnr(), unit.name(), unit.organisationForm(),
                unit.parent(), unit.deleted(), unit.bankrupt(), unit.underLiquidation(), unit.asOf(), unit.industryCode(),
                address(unit.address())));
    }

    @Override
    public OutboxMessage vatRegistration(RegisterUnit unit) {
        return outbox.message(Topics.VAT_REGISTER, new VatRegistrationChanged(unit.orgnr(), unit.vatRegistered(), null,
                unit.asOf()));
    }

    private static BusinessAddress address(UnitAddress address) {
        return address == null ? null
                : new BusinessAddress(address.lines(), address.postalCode(), address.city(), address.countryCode());
    }
}
