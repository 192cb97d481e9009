package no.hmskort.delegation.enhetsregisteret;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.hmskort.contracts.events.registers.BusinessAddress;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.events.registers.VatRegisterEvent;
import no.hmskort.contracts.ids.OrganisationNumber;
import tools.jackson.databind.JsonNode;

/**
 * Reads Enhetsregisteret's open-data JSON (API v2: {@code /enheter/{orgnr}}, {@code /underenheter/{orgnr}})
 * into our register events. Field names are the register's own.
 */
final class BrregUnitMapping {

    private BrregUnitMapping() {
    }

    static UnitChanged unit(JsonNode json, Instant asOf) {
        OrganisationNumber orgnr = OrganisationNumber.of(json.path("organisasjonsnummer").asString());
        String parent = json.path("overordnetEnhet").asString(null);
        boolean deleted = json.hasNonNull("slettedato") || json.hasNonNull("nedleggelsesdato");
        return new UnitChanged(orgnr, json.path("navn").asString(null),
                json.path("organisasjonsform").path("kode").asString(null),
                parent == null ? null : OrganisationNumber.of(parent), deleted,
                json.path("konkurs").asBoolean(false),
                json.path("underAvvikling").asBoolean(false)
                        || json.path("underTvangsavviklingEllerTvangsopplosning").asBoolean(false),
                asOf, json.path("naeringskode1").path("kode").asString(null),
                address(json.path(parent == null ? "forretningsadresse" : "beliggenhetsadresse")));
    }

    /** A main unit's business address or a sub-unit's location; null when the answer has none. */
    static BusinessAddress address(JsonNode json) {
        if (json.isMissingNode() || json.isNull()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        json.path("adresse").forEach(line -> lines.add(line.asString()));
        return new BusinessAddress(lines, json.path("postnummer").asString(null), json.path("poststed").asString(null),
                json.path("landkode").asString(null));
    }

    /** The VAT registration the unit shows; null when the answer has none. */
    static VatRegisterEvent.VatRegistrationChanged vat(JsonNode json, Instant asOf) {
        if (!json.has("registrertIMvaregisteret")) {
            return null;
        }
        return new VatRegisterEvent.VatRegistrationChanged(OrganisationNumber.of(json.path("organisasjonsnummer").asString()),
                json.path("registrertIMvaregisteret").asBoolean(false), null, asOf);
    }

    /** A unit the register answers 410 Gone for: deleted. */
    static UnitChanged deleted(OrganisationNumber orgnr, JsonNode body, Instant asOf) {
        return new UnitChanged(orgnr, body == null ? null : body.path("navn").asString(null),
                body == null ? null : body.path("organisasjonsform").path("kode").asString(null), null, true, false, false,
                asOf);
    }
}
