package no.hmskort.registers.duties.rules;

/** The provisions the duties come from, cited in every unmet duty. */
final class Laws {

    /** Forskrift om HMS-kort for bygge- og anleggsplasser: cards only while registration duties are met. */
    static final String BUILDING_SITES = "forskrift om HMS-kort for bygge- og anleggsplasser § 3";
    /** Forskrift om godkjenning av virksomheter som utfører renholdstjenester: cleaning cards. */
    static final String CLEANING = "forskrift om godkjenning av renholdsvirksomheter § 12";
    /** Forskrift om godkjenning av bilpleie- og dekkskiftvirksomheter: car-care cards. */
    static final String CAR_CARE = "forskrift om godkjenning av bilpleie- og dekkskiftvirksomheter";
    /** Forskrift om bemanningsforetak: registration of staffing agencies. */
    static final String STAFFING = "forskrift om bemanningsforetak § 3";

    private Laws() {
    }
}
