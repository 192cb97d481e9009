package no.hmskort.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/**
 * The rules every service keeps: its domain model is plain Java (no Spring, Kafka or MongoDB), and it
 * depends on no other service's code, only on contracts and platform.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("order", "cardstatus", "production", "billing", "delegation");

    private ArchitectureRules() {
    }

    public static void verify(String servicePackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "com.mongodb..", "org.bson..", "jakarta.persistence..", "tools.jackson..")
                .because("the domain model is plain Java: rules you can read and test without a framework")
                .check(classes);
        String[] otherServices = SERVICES.stream().map(s -> "no.hmskort." + s)
                .filter(p -> !p.equals(servicePackage)).map(p -> p + "..").toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(otherServices)
                .because("services talk through Kafka topics, never through each other's code")
                .check(classes);
    }
}
