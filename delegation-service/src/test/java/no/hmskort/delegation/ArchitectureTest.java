package no.hmskort.delegation;

import no.hmskort.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void the_model_is_plain_java_and_no_other_service_is_used() {
        ArchitectureRules.verify("no.hmskort.delegation");
    }
}
