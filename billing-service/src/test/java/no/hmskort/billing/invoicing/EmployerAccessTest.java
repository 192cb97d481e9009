package no.hmskort.billing.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.hmskort.billing.invoicing.model.Audience;
import no.hmskort.billing.invoicing.model.ShipmentInvoice;
import no.hmskort.billing.invoicing.web.ehf.EhfXml;
import no.hmskort.billing.invoicing.web.ehf.PeppolRules;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.shipping.ShipmentSent;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.testsupport.AccessScenarios;
import no.hmskort.testsupport.AccessScenarios.Answer;
import no.hmskort.testsupport.TestEvents;
import no.hmskort.testsupport.TestIdentifiers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may read a business's invoices and credit notes, through the broker: grants and revocations as
 * delegation-service publishes them, a delegation's dates against the service's own (movable) clock, and a
 * sub-unit that moves to another main unit, with the register event that says so.
 */
class EmployerAccessTest extends BillingIntegrationTest {

    private static final String REFUSED = PROBLEMS + "no-rights-for-business";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A main unit with an invoice and a credit note, so every document endpoint has something to answer. */
    record Documents(OrganisationNumber business, String invoice, String creditNote) {

        List<String> paths() {
            return List.of("/api/businesses/" + business.value() + "/invoices",
                    "/api/businesses/" + business.value() + "/invoices/" + invoice,
                    "/api/businesses/" + business.value() + "/invoices/" + invoice + "/ehf",
                    "/api/businesses/" + business.value() + "/credit-notes",
                    "/api/businesses/" + business.value() + "/credit-notes/" + creditNote,
                    "/api/businesses/" + business.value() + "/credit-notes/" + creditNote + "/ehf");
        }
    }

    @Test
    void a_revoked_grant_stops_the_next_request_to_every_document_endpoint() {
        Documents docs = aBusinessWithDocuments(LocalDate.of(2021, 2, 10));
        AccessScenarios.aRevokedGrantStopsTheNextRequest(docs.business(), requests(docs));
    }

    @Test
    void a_delegation_takes_effect_on_its_start_date_and_ends_after_its_stop_date_without_another_event() {
        Documents docs = aBusinessWithDocuments(LocalDate.of(2021, 3, 10));
        AccessScenarios.aDelegationTakesEffectOnItsStartDateAndEndsAfterItsStopDate(docs.business(), clock,
                requests(docs));
    }

    /** Every document endpoint of the business, asked as a person would. */
    private List<AccessScenarios.Request> requests(Documents docs) {
        return docs.paths().stream().<AccessScenarios.Request>map(path -> (person, unit) -> get(person, path)).toList();
    }

    @Test
    void a_sub_unit_that_moves_to_another_main_unit_leaves_the_old_main_units_grants_and_invoices() {
        OrganisationNumber mainA = TestIdentifiers.anOrganisationNumber();
        OrganisationNumber mainB = TestIdentifiers.anOrganisationNumber();
        OrganisationNumber sub = TestIdentifiers.anOrganisationNumber();
        PersonId holderA = TestIdentifiers.aPerson();
        PersonId delegateA = TestIdentifiers.aPerson();
        PersonId holderB = TestIdentifiers.aPerson();
        String holderAGrant = aGrantId();
        String delegateAGrant = aGrantId();
        String holderBGrant = aGrantId();
        aMainUnit(mainA, "Anleggsgruppen AS", anAddress("Industriveien 2", "7080", "Heimdal"));
        aMainUnit(mainB, "Byggmester Berg AS", anAddress("Kirkegata 9", "4610", "Kristiansand"));
        aSubUnit(sub, "Anleggsgruppen AS avd. Stavanger", mainA, anAddress("Havnegata 4", "4006", "Stavanger"));
        LocalDate yesterday = today().minusDays(1);
        grant(holderAGrant, mainA, holderA, "ROLE:DAGL", yesterday, null, mainA, sub);
        grant(delegateAGrant, mainA, delegateA, "DELEGATION", yesterday, null, mainA, sub);
        grant(holderBGrant, mainB, holderB, "ROLE:DAGL", yesterday, null, mainB);
        Awaitility.await().atMost(WAIT).until(() -> customers.mainUnitOf(sub).equals(mainA)
                && customers.unit(mainB).isPresent());
        String beforeMove = invoiceThroughTheBroker(shipment(sub, LocalDate.of(2021, 4, 6), 4900, true, cards(1)));
        String subInvoices = "/api/businesses/" + sub.value() + "/invoices";

        awaitStatus(holderA, subInvoices, 200);
        awaitStatus(delegateA, subInvoices, 200);
        assertThat(numbers(get(holderA, subInvoices))).containsExactly(beforeMove);
        assertThat(numbers(get(delegateA, subInvoices))).containsExactly(beforeMove);
        assertRefused(get(holderB, subInvoices), "B before the move");

        // the move as delegation-service and Enhetsregisteret publish it: A's open grants without the sub-unit,
        // B's with it, and the register's new parent
        grant(holderAGrant, mainA, holderA, "ROLE:DAGL", yesterday, null, mainA);
        grant(delegateAGrant, mainA, delegateA, "DELEGATION", yesterday, null, mainA);
        grant(holderBGrant, mainB, holderB, "ROLE:DAGL", yesterday, null, mainB, sub);
        aSubUnit(sub, "Berg avd. Stavanger", mainB, anAddress("Havnegata 4", "4006", "Stavanger"));

        awaitStatus(holderA, subInvoices, 403);
        awaitStatus(delegateA, subInvoices, 403);
        awaitStatus(holderB, subInvoices, 200);
        Awaitility.await().atMost(WAIT).until(() -> customers.mainUnitOf(sub).equals(mainB));
        for (String path : List.of(subInvoices, subInvoices + "/" + beforeMove, subInvoices + "/" + beforeMove + "/ehf",
                "/api/businesses/" + sub.value() + "/credit-notes")) {
            assertRefused(get(holderA, path), "A's holder after the move: " + path);
            assertRefused(get(delegateA, path), "A's delegate after the move: " + path);
        }
        OrganisationNumber nobodyKnows = TestIdentifiers.anOrganisationNumber();
        assertThat(withoutOrgnr(get(holderA, subInvoices).body(), sub))
                .as("refused on the moved sub-unit exactly as on a number nobody knows")
                .isEqualTo(withoutOrgnr(get(holderA, "/api/businesses/" + nobodyKnows.value() + "/invoices").body(),
                        nobodyKnows));

        String afterMove = invoiceThroughTheBroker(shipment(sub, LocalDate.of(2021, 4, 20), 4900, true, cards(1)));
        // an invoice belongs to the legal entity it was addressed to: A keeps what the sub-unit ordered for it
        assertThat(numbers(get(holderA, "/api/businesses/" + mainA.value() + "/invoices"))).containsExactly(beforeMove);
        assertThat(get(holderA, "/api/businesses/" + mainA.value() + "/invoices/" + afterMove).status()).isEqualTo(404);
        assertThat(numbers(get(holderB, "/api/businesses/" + mainB.value() + "/invoices"))).containsExactly(afterMove);
        assertThat(numbers(get(holderB, subInvoices))).containsExactly(afterMove);
        for (String path : List.of("/api/businesses/" + mainB.value() + "/invoices/" + beforeMove,
                subInvoices + "/" + beforeMove, subInvoices + "/" + beforeMove + "/ehf")) {
            assertThat(get(holderB, path).status()).as("A's invoice through B: " + path).isEqualTo(404);
        }
        String ehf = ehf("invoices", sub, afterMove, holderB);
        assertThat(PeppolRules.invoiceErrors(ehf)).isEmpty();
        assertThat(PeppolRules.invoiceWarnings(ehf)).isEmpty();
        assertThat(EhfXml.values(ehf, "/inv:Invoice/cac:AccountingCustomerParty/cac:Party/cbc:EndpointID"))
                .containsExactly(mainB.value());
        assertThat(EhfXml.values(ehf, "/inv:Invoice/cbc:BuyerReference")).containsExactly(sub.value());
    }

    /** A main unit with one invoice whose postage was overcharged, and its refund as a credit note. */
    private Documents aBusinessWithDocuments(LocalDate sentOn) {
        OrganisationNumber business = TestIdentifiers.anOrganisationNumber();
        aMainUnit(business, "Tak og Fasade AS", anAddress("Fjordveien 8", "5003", "Bergen"));
        Awaitility.await().atMost(WAIT).until(() -> customers.unit(business).isPresent());
        String invoice = invoiceThroughTheBroker(shipment(business, sentOn, 9900, true, cards(2)));
        refund(sentOn.toString(), sentOn.toString());
        String creditNote = Awaitility.await().atMost(WAIT).until(() -> creditNotes.seenBy(
                new Audience(business, business)), notes -> notes.size() == 1)
                .getFirst().creditNote().creditNoteNumber();
        return new Documents(business, invoice, creditNote);
    }

    private String invoiceThroughTheBroker(ShipmentSent shipment) {
        TestEvents.publish(Topics.SHIPMENTS, shipment);
        return String.valueOf(Awaitility.await().atMost(WAIT).until(() -> invoices.forShipment(
                shipment.shipmentId().toString()).filter(ShipmentInvoice::issued), Optional::isPresent)
                .orElseThrow().number());
    }

    private void awaitStatus(PersonId person, String path, int status) {
        Awaitility.await().atMost(WAIT).until(() -> get(person, path).status() == status);
    }

    private static void assertRefused(Answer answer, String what) {
        assertThat(answer.status()).as(what).isEqualTo(403);
        assertThat(answer.body()).as(what).contains("\"type\":\"" + REFUSED + "\"");
    }

    private static List<String> numbers(Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        List<Map<String, Object>> views = JSON.readValue(answer.body(), new TypeReference<>() { });
        return views.stream().map(view -> view.get("invoiceNumber").toString()).toList();
    }

    /** The problem as a map, with the organisation number (in its detail and instance) blanked out. */
    private static Map<String, Object> withoutOrgnr(String body, OrganisationNumber orgnr) {
        return JSON.readValue(body.replace(orgnr.value(), "<orgnr>"), new TypeReference<>() { });
    }
}
