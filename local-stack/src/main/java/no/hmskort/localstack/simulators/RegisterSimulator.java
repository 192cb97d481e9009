package no.hmskort.localstack.simulators;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.registers.BusinessAddress;
import no.hmskort.contracts.events.registers.RolesChanged;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Enhetsregisteret as the local stack sees it: create units, set their roles, delete them. Every change
 * is published as the register adapter would publish it. Seeds a demo business on start.
 */
@RestController
@RequestMapping("/registers/enhetsregisteret")
class RegisterSimulator {

    /** The demo business of the README walkthrough; the personal numbers are synthetic (month + 80). */
    static final OrganisationNumber DEMO_MAIN_UNIT = OrganisationNumber.of("315114306");
    static final OrganisationNumber DEMO_SUB_UNIT = OrganisationNumber.of("315114314");
    static final PersonId DEMO_DAILY_MANAGER = PersonId.of("15858010060");
    static final PersonId DEMO_WORKER = PersonId.of("02928510045");

    private final EventPublisher events;
    private final OtherRegisters otherRegisters;
    private final Map<OrganisationNumber, UnitChanged> units = new ConcurrentHashMap<>();

    RegisterSimulator(EventPublisher events, OtherRegisters otherRegisters) {
        this.events = events;
        this.otherRegisters = otherRegisters;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedDemoBusiness() {
        unit(new UnitRequest(DEMO_MAIN_UNIT.value(), "Demo Bygg AS", "AS", null));
        unit(new UnitRequest(DEMO_SUB_UNIT.value(), "Demo Bygg AS avd. Oslo", "BEDR", DEMO_MAIN_UNIT.value()));
        roles(DEMO_MAIN_UNIT.value(), List.of(new RoleRequest("DAGL", DEMO_DAILY_MANAGER.value(), "Dina Daglig Leder")));
        otherRegisters.employment(new OtherRegisters.EmploymentRequest("demo-employment-1", DEMO_SUB_UNIT.value(),
                DEMO_WORKER.value(), java.time.LocalDate.of(2020, 1, 1), null));
        otherRegisters.name(DEMO_WORKER.value(), new OtherRegisters.NameRequest("Ola Nordmann"));
    }

    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    UnitChanged unit(@RequestBody UnitRequest request) {
        UnitChanged unit = new UnitChanged(OrganisationNumber.of(request.orgnr()), request.name(),
                request.organisationForm() == null ? "AS" : request.organisationForm(),
                request.parent() == null ? null : OrganisationNumber.of(request.parent()), false, false, false,
                Instant.now(), request.industryCode(), request.address() != null ? request.address()
                        : new BusinessAddress(List.of("Storgata 1"), "0155", "OSLO", "NO"));
        units.put(unit.orgnr(), unit);
        events.publish(Topics.ENHETSREGISTERET, unit);
        if (unit.isMainUnit() && !Boolean.FALSE.equals(request.vatRegistered())) {
            otherRegisters.vat(unit.orgnr().value(), new OtherRegisters.VatRequest(true, null));
        }
        return unit;
    }

    @PutMapping("/units/{orgnr}/roles")
    void roles(@PathVariable String orgnr, @RequestBody List<RoleRequest> roles) {
        events.publish(Topics.ENHETSREGISTERET, new RolesChanged(OrganisationNumber.of(orgnr), roles.stream()
                .map(r -> new RolesChanged.Role(r.code(), PersonId.of(r.personId()), r.name())).toList(), Instant.now()));
    }

    @PostMapping("/units/{orgnr}/deletion")
    UnitChanged delete(@PathVariable String orgnr) {
        return changeState(orgnr, true, false);
    }

    @PostMapping("/units/{orgnr}/bankruptcy")
    UnitChanged bankrupt(@PathVariable String orgnr) {
        return changeState(orgnr, false, true);
    }

    /** A sub-unit moves to another main unit (the old main unit's rights stop covering it). */
    @PostMapping("/units/{orgnr}/move")
    UnitChanged move(@PathVariable String orgnr, @RequestBody MoveRequest request) {
        UnitChanged unit = known(orgnr);
        return publish(new UnitChanged(unit.orgnr(), unit.name(), unit.organisationForm(),
                OrganisationNumber.of(request.parent()), unit.deleted(), unit.bankrupt(), unit.underLiquidation(),
                Instant.now(), unit.industryCode(), unit.address()));
    }

    private UnitChanged changeState(String orgnr, boolean deleted, boolean bankrupt) {
        UnitChanged unit = known(orgnr);
        return publish(new UnitChanged(unit.orgnr(), unit.name(), unit.organisationForm(), unit.parent(),
                unit.deleted() || deleted, unit.bankrupt() || bankrupt, unit.underLiquidation(), Instant.now(),
                unit.industryCode(), unit.address()));
    }

    private UnitChanged known(String orgnr) {
        UnitChanged unit = units.get(OrganisationNumber.of(orgnr));
        if (unit == null) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND, "unknown unit");
        }
        return unit;
    }

    private UnitChanged publish(UnitChanged changed) {
        units.put(changed.orgnr(), changed);
        events.publish(Topics.ENHETSREGISTERET, changed);
        return changed;
    }

    @GetMapping("/units")
    Collection<UnitChanged> units() {
        return units.values();
    }

    /**
     * @param vatRegistered whether a main unit is also entered in the VAT register (default yes)
     * @param industryCode næringskode 1, e.g. 78.200 for hiring out labour; none by default
     * @param address the business address (a sub-unit's location); a street in Oslo by default
     */
    record UnitRequest(String orgnr, String name, String organisationForm, String parent, Boolean vatRegistered,
            String industryCode, BusinessAddress address) {

        UnitRequest(String orgnr, String name, String organisationForm, String parent) {
            this(orgnr, name, organisationForm, parent, null, null, null);
        }
    }

    record MoveRequest(String parent) {
    }

    record RoleRequest(String code, String personId, String name) {
    }
}
