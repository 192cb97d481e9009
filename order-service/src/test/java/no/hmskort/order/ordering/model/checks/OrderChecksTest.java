package no.hmskort.order.ordering.model.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.addresses.model.AddressEntry;
import no.hmskort.order.addresses.model.DeliveryAddress;
import no.hmskort.order.ordering.model.CardType;
import no.hmskort.order.ordering.model.CardTypePolicy;
import no.hmskort.order.ordering.model.Outcome;
import no.hmskort.order.ordering.model.Refusal;
import no.hmskort.registers.model.BusinessFacts;
import no.hmskort.testsupport.TestIdentifiers;
import org.junit.jupiter.api.Test;

class OrderChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");

    private final OrganisationNumber orgnr = TestIdentifiers.anOrganisationNumber();
    private final PersonId worker = TestIdentifiers.aPerson();
    private final UUID addressId = UUID.randomUUID();
    private final OrderChecks checks = OrderChecks.of(new CardTypePolicy(List.of(new CardTypePolicy.Rule("any",
            LocalDate.of(2020, 1, 1), null, CardTypePolicy.Condition.ANY, List.of(CardType.of("construction")))), List.of()),
            Period.ofDays(60));

    @Test
    void the_checks_are_a_list_asked_in_order() {
        assertThat(checks.checks()).extracting(c -> c.getClass().getSimpleName()).containsExactly("BusinessKnown",
                "BusinessActive", "DeliveryAddressOfTheBusiness", "CardTypeAllowed", "NoDuplicateCards");
    }

    @Test
    void an_active_business_ordering_to_its_own_address_passes() {
        assertThat(checks.firstRefusal(facts(unit(false), "construction", Optional.of(ownAddress())))).isEmpty();
    }

    @Test
    void a_bankrupt_unit_is_refused_in_the_words_of_the_register_duty() {
        Optional<Outcome.Refused<?>> refusal = checks.firstRefusal(facts(unit(true), "construction",
                Optional.of(ownAddress())));
        assertThat(refusal).hasValueSatisfying(r -> {
            assertThat(r.rule()).isEqualTo(Refusal.BUSINESS_NOT_ACTIVE);
            assertThat(r.detail()).contains("bankrupt");
        });
    }

    @Test
    void the_first_refusal_decides() {
        Optional<Outcome.Refused<?>> refusal = checks.firstRefusal(facts(unit(false), "cleaning", Optional.empty()));
        assertThat(refusal).map(Outcome.Refused::rule).contains(Refusal.UNKNOWN_DELIVERY_ADDRESS);
    }

    private BusinessFacts unit(boolean bankrupt) {
        return BusinessFacts.unknown(orgnr)
                .withUnit(new BusinessFacts.Unit("Fjellbygg AS", "AS", null, false, bankrupt, false, AS_OF));
    }

    private AddressEntry ownAddress() {
        return new AddressEntry(addressId, orgnr, new DeliveryAddress("Kari", "Storgata 1", "0155", "Oslo"), AS_OF);
    }

    private OrderFacts facts(BusinessFacts unit, String cardType, Optional<AddressEntry> address) {
        return new OrderFacts(orgnr, CardType.of(cardType), addressId, List.of(new OrderFacts.LineFacts(worker, null, false, false,
                List.of())), unit, unit, address, TODAY);
    }
}
