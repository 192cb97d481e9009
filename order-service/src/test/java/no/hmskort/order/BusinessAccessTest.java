package no.hmskort.order;

import java.util.List;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.testsupport.AccessScenarios;
import no.hmskort.testsupport.AccessScenarios.Answer;
import no.hmskort.testsupport.AccessScenarios.Group;
import org.junit.jupiter.api.Test;

/**
 * Who may see a business's orders and addresses follows the access events, and their dates, exactly, through
 * the broker: a revocation stops the next request, a delegation starts and stops by the calendar alone, and
 * after a sub-unit moves to another main unit the old one's people are refused as for a business nobody
 * knows while the new one's are let in.
 */
class BusinessAccessTest extends OrderServiceIntegrationTest {

    @Test
    void a_revoked_grant_stops_the_next_request() {
        AccessScenarios.aRevokedGrantStopsTheNextRequest(aBusiness().sub(), ordersAndAddresses());
    }

    @Test
    void a_delegation_takes_effect_on_its_start_date_and_ends_after_its_stop_date_without_another_event() {
        AccessScenarios.aDelegationTakesEffectOnItsStartDateAndEndsAfterItsStopDate(aBusiness().sub(), clock,
                ordersAndAddresses());
    }

    @Test
    void after_a_sub_unit_moves_its_old_main_units_people_are_refused_as_for_an_unknown_business_and_the_new_ones_accepted() {
        AccessScenarios.aSubUnitThatMovesIsCoveredByItsNewMainUnitOnly(Group.registered("Gammelt Konsern AS"),
                Group.registered("Nytt Konsern AS"), ordersAndAddresses());
    }

    private List<AccessScenarios.Request> ordersAndAddresses() {
        return List.of((person, unit) -> get(person, ordersOf(unit)),
                (person, unit) -> get(person, "/api/businesses/" + unit.value() + "/addresses"));
    }

    private Answer get(PersonId person, String path) {
        var result = client().get().uri(path).header("Authorization", "Bearer " + token(person)).exchange()
                .returnResult(String.class);
        return new Answer(result.getStatus().value(), result.getResponseBody());
    }
}
