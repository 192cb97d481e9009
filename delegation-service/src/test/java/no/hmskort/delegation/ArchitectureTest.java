package no.hmskort.delegation;

import no.hmskort.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void the_model_is_plain_java_and_no_other_service_is_used() {
        ArchitectureRules.verify("no.hmskort.delegation");
    }

    @Test
    void every_test_lives_in_the_room_it_tests_or_at_its_features_root_when_it_starts_the_service() {
        ArchitectureRules.verifyTests("no.hmskort.delegation");
    }
}
