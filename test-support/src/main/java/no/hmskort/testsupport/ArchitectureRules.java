package no.hmskort.testsupport;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The house rules every service keeps (design/STYLE.md, "Rooms hold what their names promise"), the same
 * for all five:
 *
 * <ul>
 * <li>Every class lives in a room of a feature ({@code <service>.<feature>.<room>..}), or is the feature's
 * wiring ({@code *Configuration}, {@code *Properties}) in the feature's own package, or is the service's
 * {@code *Application}.
 * <li>An allow-list of which room may use which, across all the service's features: {@code model} only
 * models; {@code application} models and use cases; {@code messaging}, {@code web} and
 * {@code persistence} those and themselves. So application never reaches persistence, web or messaging:
 * it names what it needs (a store, an announcer) as an interface of its own that the edge rooms implement.
 * <li>What each room never holds from outside the service: the model no framework, no contract events and
 * no platform; application no contract events, no Mongo, Kafka or HTTP, no problem types; web no
 * contract events, Mongo or Kafka; persistence no contract events, Kafka or HTTP; messaging no Mongo or
 * HTTP.
 * <li>No service depends on another service's code.
 * </ul>
 *
 * <p>And one test layout ({@link #verifyTests}): a test lives in a package the service's own code has, either
 * the room of the class it tests (a unit test, with no Spring context) or, when it starts the service
 * ({@code @SpringBootTest}, directly or through a base class), the root of the feature whose behaviour it
 * tells, or the service's package when it tells more than one feature's.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("order", "cardstatus", "production", "billing", "delegation");

    static final List<String> ROOMS = List.of("model", "application", "messaging", "web", "persistence");

    /** Which rooms of its own service a room may use (the feature's wiring package is "root"). */
    static final Map<String, List<String>> MAY_USE = Map.of(
            "model", List.of("model"),
            "application", List.of("model", "application", "root"),
            "messaging", List.of("model", "application", "messaging", "root"),
            "web", List.of("model", "application", "web", "root"),
            "persistence", List.of("model", "application", "persistence", "root"));

    private static final String[] FRAMEWORKS = {"org.springframework..", "org.apache.kafka..", "com.mongodb..",
            "org.bson..", "jakarta..", "tools.jackson..", "com.fasterxml.jackson..", "io.micrometer..", "org.slf4j.."};
    private static final String[] MONGO = {"org.springframework.data..", "com.mongodb..", "org.bson..",
            "no.hmskort.platform.mongo..", "no.hmskort.platform.store.VersionedDocument",
            "no.hmskort.platform.store.VersionedStore"};
    private static final String[] KAFKA = {"org.apache.kafka..", "org.springframework.kafka..",
            "org.springframework.cloud.stream..", "org.springframework.messaging..", "no.hmskort.contracts.events.."};
    private static final String[] HTTP = {"org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
            "no.hmskort.platform.web.."};

    private ArchitectureRules() {
    }

    /** Checks every rule and fails with every violation of every rule, not only the first rule's. */
    public static void verify(String servicePackage) {
        failOnViolations(evaluate(servicePackage));
    }

    private static void failOnViolations(List<EvaluationResult> results) {
        List<EvaluationResult> broken = results.stream().filter(EvaluationResult::hasViolation).toList();
        if (!broken.isEmpty()) {
            throw new AssertionError(broken.stream().map(result -> result.getFailureReport().toString())
                    .collect(Collectors.joining("\n\n")));
        }
    }

    /** Each rule's result, for counting what a change moved. */
    public static List<EvaluationResult> evaluate(String servicePackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        List<EvaluationResult> results = new ArrayList<>();
        everyClassLivesInARoom(servicePackage, classes, results);
        roomsUseOnlyWhatTheyMay(servicePackage, classes, results);
        roomsHoldNothingTheyNeverHold(servicePackage, classes, results);
        noOtherServiceIsUsed(servicePackage, classes, results);
        return results;
    }

    /** The one test layout every service keeps; fails with every misplaced test. */
    public static void verifyTests(String servicePackage) {
        failOnViolations(evaluateTests(servicePackage));
    }

    /** The test layout's results: tests only in the service's own packages, service-starting tests outside the rooms. */
    public static List<EvaluationResult> evaluateTests(String servicePackage) {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages(servicePackage);
        Set<String> features = main.stream().map(JavaClass::getPackageName)
                .filter(name -> name.startsWith(servicePackage + "."))
                .map(name -> name.substring(servicePackage.length() + 1).split("\\.")[0])
                .collect(Collectors.toSet());
        DescribedPredicate<JavaClass> inTheServicesOwnPackages = DescribedPredicate.describe(
                "in the service's package, a feature's (" + String.join(", ", new TreeSet<>(features)) + ") or one of its rooms",
                javaClass -> {
                    String name = javaClass.getPackageName();
                    if (name.equals(servicePackage)) {
                        return true;
                    }
                    String[] parts = name.startsWith(servicePackage + ".")
                            ? name.substring(servicePackage.length() + 1).split("\\.") : new String[0];
                    return parts.length > 0 && features.contains(parts[0])
                            && (parts.length == 1 || ROOMS.contains(parts[1]));
                });
        String[] rooms = ROOMS.stream().map(room -> servicePackage + ".*." + room + "..").toArray(String[]::new);
        List<EvaluationResult> results = new ArrayList<>();
        results.add(classes().should(ArchConditions.be(inTheServicesOwnPackages))
                .because("a test lives where the code it tells of lives, never in a package of its own")
                .allowEmptyShould(true).evaluate(tests));
        results.add(noClasses().that(START_THE_SERVICE).should().resideInAnyPackage(rooms)
                .because("a test in a room tests that room's classes without starting the service; "
                        + "a test that starts it tells a feature's behaviour from its root")
                .allowEmptyShould(true).evaluate(tests));
        return results;
    }

    private static final String SPRING_BOOT_TEST = "org.springframework.boot.test.context.SpringBootTest";

    /** A class that starts the service: annotated {@code @SpringBootTest} itself or through a superclass. */
    private static final DescribedPredicate<JavaClass> START_THE_SERVICE =
            DescribedPredicate.describe("start the service (@SpringBootTest)", javaClass ->
                    Stream.concat(Stream.of(javaClass), javaClass.getAllRawSuperclasses().stream())
                            .anyMatch(type -> type.isMetaAnnotatedWith(SPRING_BOOT_TEST) || type.isAnnotatedWith(SPRING_BOOT_TEST)));

    private static void everyClassLivesInARoom(String service, JavaClasses classes, List<EvaluationResult> results) {
        String[] rooms = ROOMS.stream().map(room -> service + ".*." + room + "..").toArray(String[]::new);
        results.add(classes().that().resideOutsideOfPackages(rooms).and().resideOutsideOfPackage(service)
                .and().areNotNestedClasses().and().areNotAnonymousClasses()
                .should().haveSimpleNameEndingWith("Configuration").orShould().haveSimpleNameEndingWith("Properties")
                .because("a feature's own package holds only its wiring; everything else is in a room")
                .allowEmptyShould(true).evaluate(classes));
        results.add(classes().that().resideInAPackage(service).and().areNotNestedClasses()
                .should().haveSimpleNameEndingWith("Application")
                .because("the service's package holds only its main class")
                .allowEmptyShould(true).evaluate(classes));
    }

    private static void roomsUseOnlyWhatTheyMay(String service, JavaClasses classes, List<EvaluationResult> results) {
        MAY_USE.forEach((room, mayUse) -> {
            String[] allowed = mayUse.stream()
                    .map(used -> used.equals("root") ? service + ".*" : service + ".*." + used + "..")
                    .toArray(String[]::new);
            results.add(classes().that().resideInAPackage(service + ".*." + room + "..")
                    .should().onlyDependOnClassesThat(resideOutsideOfPackage(service + "..")
                            .or(resideInAnyPackage(allowed)))
                    .because("the " + room + " room uses only " + String.join(", ", mayUse) + " of its own service")
                    .allowEmptyShould(true).evaluate(classes));
        });
    }

    private static void roomsHoldNothingTheyNeverHold(String service, JavaClasses classes, List<EvaluationResult> results) {
        never(results, classes, service, "model", "the model is plain Java: rules you can read and test without a framework",
                concat(FRAMEWORKS, new String[] {"no.hmskort.contracts.events..", "no.hmskort.platform.."}));
        never(results, classes, service, "application", "a use case takes a command and returns a result; the edges translate",
                concat(MONGO, KAFKA, HTTP));
        never(results, classes, service, "web", "the web room maps results to HTTP, nothing else", concat(MONGO, KAFKA));
        never(results, classes, service, "persistence", "the persistence room maps the model to documents", concat(KAFKA, HTTP));
        never(results, classes, service, "messaging", "the messaging room is the edge to Kafka", concat(MONGO, HTTP));
    }

    private static void never(List<EvaluationResult> results, JavaClasses classes, String service, String room, String because, String[] entries) {
        results.add(noClasses().that().resideInAPackage(service + ".*." + room + "..")
                .should().dependOnClassesThat(resideInAnyPackage(packagesIn(entries)).or(nameMatching(classesIn(entries))))
                .because(because).allowEmptyShould(true).evaluate(classes));
    }

    /** Entries ending in ".." are packages; the others name single classes. */
    private static String[] packagesIn(String[] entries) {
        return Stream.of(entries).filter(entry -> entry.endsWith("..")).toArray(String[]::new);
    }

    private static String classesIn(String[] entries) {
        return Stream.of(entries).filter(entry -> !entry.endsWith("..")).map(Pattern::quote)
                .collect(Collectors.joining("|", "(", ")"));
    }

    private static void noOtherServiceIsUsed(String service, JavaClasses classes, List<EvaluationResult> results) {
        String[] otherServices = SERVICES.stream().map(s -> "no.hmskort." + s)
                .filter(p -> !p.equals(service)).map(p -> p + "..").toArray(String[]::new);
        results.add(noClasses().should().dependOnClassesThat().resideInAnyPackage(otherServices)
                .because("services talk through Kafka topics, never through each other's code")
                .evaluate(classes));
    }

    private static String[] concat(String[]... lists) {
        return Stream.of(lists).flatMap(Stream::of).toArray(String[]::new);
    }
}
