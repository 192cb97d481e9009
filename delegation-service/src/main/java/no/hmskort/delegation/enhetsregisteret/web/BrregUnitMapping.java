package no.hmskort.delegation.enhetsregisteret.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.delegation.enhetsregisteret.model.RegisterUnit;
import no.hmskort.delegation.enhetsregisteret.model.UnitAddress;
import no.hmskort.delegation.enhetsregisteret.model.UnitUpdate;
import tools.jackson.databind.JsonNode;

/**
 * Reads Enhetsregisteret's open-data JSON (API v2: {@code /enheter/{orgnr}}, {@code /underenheter/{orgnr}} and
 * the update feeds) into the feature's model. Field names are the register's own.
 */
final class BrregUnitMapping {

    private BrregUnitMapping() {
    }

    /** A feed entry; "Sletting" (deleted) and "Fjernet" (removed) mean there is no unit left to fetch. */
    static UnitUpdate update(JsonNode json) {
        String change = json.path("endringstype").asString("");
        return new UnitUpdate(OrganisationNumber.of(json.path("organisasjonsnummer").asString()),
                Instant.parse(json.path("dato").asString()), "Sletting".equals(change) || "Fjernet".equals(change),
                json.path("oppdateringsid").asLong());
    }

    static RegisterUnit unit(JsonNode json, Instant asOf) {
        OrganisationNumber orgnr = OrganisationNumber.of(json.path("organisasjonsnummer").asString());
        String parent = json.path("overordnetEnhet").asString(null);
        boolean deleted = json.hasNonNull("slettedato") || json.hasNonNull("nedleggelsesdato");
        return new RegisterUnit(orgnr, json.path("navn").asString(null),
                json.path("organisasjonsform").path("kode").asString(null),
                parent == null ? null : OrganisationNumber.of(parent), deleted,
                json.path("konkurs").asBoolean(false),
                json.path("underAvvikling").asBoolean(false)
                        || json.path("underTvangsavviklingEllerTvangsopplosning").asBoolean(false),
                asOf, json.path("naeringskode1").path("kode").asString(null),
                address(json.path(parent == null ? "forretningsadresse" : "beliggenhetsadresse")),
                json.has("registrertIMvaregisteret") ? json.path("registrertIMvaregisteret").asBoolean(false) : null);
    }

    /** A main unit's business address or a sub-unit's location; null when the answer has none. */
    static UnitAddress address(JsonNode json) {
        if (json.isMissingNode() || json.isNull()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        json.path("adresse").forEach(line -> lines.add(line.asString()));
        return new UnitAddress(lines, json.path("postnummer").asString(null), json.path("poststed").asString(null),
                json.path("landkode").asString(null));
    }

    /** A unit the register answers 410 Gone for: deleted. */
    static RegisterUnit deleted(OrganisationNumber orgnr, JsonNode body, Instant asOf) {
        return RegisterUnit.deleted(orgnr, body.path("navn").asString(null),
                body.path("organisasjonsform").path("kode").asString(null), asOf);
    }
}
