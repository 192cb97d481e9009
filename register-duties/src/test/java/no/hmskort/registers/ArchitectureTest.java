package no.hmskort.registers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void the_duties_and_the_facts_are_plain_java_and_no_service_is_used() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.hmskort.registers");
        noClasses().that().resideInAnyPackage("..model..", "..duties..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "com.mongodb..", "org.bson..", "tools.jackson..")
                .because("the law's duties are rules you can read and test without a framework")
                .check(classes);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("no.hmskort.order..", "no.hmskort.cardstatus..",
                "no.hmskort.production..", "no.hmskort.billing..", "no.hmskort.delegation..")
                .because("shared code serves the services and never reaches into one")
                .check(classes);
    }
}
