package no.hmskort.cardstatus.cards;

import java.util.List;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.testsupport.AccessScenarios;
import no.hmskort.testsupport.AccessScenarios.Answer;
import no.hmskort.testsupport.AccessScenarios.Group;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Who may see and block a business's cards follows the access events, and their dates, exactly: the
 * employer's overview, a card's log and blocking, each asked as a person would, through the broker.
 */
class EmployerAccessTest extends CardStatusIntegrationTest {

    @Test
    void a_revoked_grant_stops_the_next_request() {
        CardIssued card = issue("construction", worker, "Tilbake Kalt");
        AccessScenarios.aRevokedGrantStopsTheNextRequest(sub, requests(card));
    }

    @Test
    void a_delegation_takes_effect_on_its_start_date_and_ends_after_its_stop_date_without_another_event() {
        CardIssued card = issue("construction", worker, "Dato Styrt");
        AccessScenarios.aDelegationTakesEffectOnItsStartDateAndEndsAfterItsStopDate(sub, clock, requests(card));
    }

    @Test
    void after_a_sub_unit_moves_its_old_main_units_people_are_refused_as_for_an_unknown_business_and_the_new_ones_accepted() {
        Group from = Group.registered("Gammelt Konsern AS");
        Group to = Group.registered("Nytt Konsern AS");
        CardIssued card = issueFor(from, worker, "Flytte Kort");
        AccessScenarios.aSubUnitThatMovesIsCoveredByItsNewMainUnitOnly(from, to, requests(card));
    }

    /** The overview, the card's log and blocking it (a second block is a 409, which also passed the check). */
    private List<AccessScenarios.Request> requests(CardIssued card) {
        return List.of(
                (person, unit) -> get(person, "/api/businesses/" + unit.value() + "/cards"),
                (person, unit) -> get(person, "/api/businesses/" + unit.value() + "/cards/" + card.cardNumber().value()
                        + "/log"),
                (person, unit) -> answer(client().post().uri("/api/businesses/{orgnr}/cards/{n}/block", unit.value(),
                        card.cardNumber().value()).header("Authorization", "Bearer " + token(person))
                        .contentType(MediaType.APPLICATION_JSON).body("{\"reason\":\"LOST\"}").exchange()
                        .returnResult(String.class)));
    }

    private CardIssued issueFor(Group group, PersonId holder, String name) {
        main = group.main();
        sub = group.sub();
        return issue("construction", holder, name);
    }

    private Answer get(PersonId person, String path) {
        return answer(client().get().uri(path).header("Authorization", "Bearer " + token(person)).exchange()
                .returnResult(String.class));
    }

    private static Answer answer(org.springframework.test.web.servlet.client.EntityExchangeResult<String> result) {
        return new Answer(result.getStatus().value(), result.getResponseBody());
    }
}
