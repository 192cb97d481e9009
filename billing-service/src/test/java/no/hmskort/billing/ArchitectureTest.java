package no.hmskort.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    /** The numbers the model holds that are not amounts: counts, percents and document numbers. */
    private static final Set<String> NOT_AMOUNTS = Set.of("cards", "examined", "upToCards", "vatPercent", "sequence",
            "number", "creditedInvoiceNumber");

    private static final Set<Class<?>> NUMBERS = Set.of(long.class, Long.class, int.class, Integer.class, short.class,
            Short.class, double.class, Double.class, float.class, Float.class, BigDecimal.class, BigInteger.class);

    @Test
    void the_model_is_plain_java_and_no_other_service_is_used() {
        ArchitectureRules.verify("no.hmskort.billing");
    }

    @Test
    void every_test_lives_in_the_room_it_tests_or_at_its_features_root_when_it_starts_the_service() {
        ArchitectureRules.verifyTests("no.hmskort.billing");
    }

    @Test
    void every_amount_in_the_model_is_money_and_oere_are_a_number_only_inside_money() {
        List<String> rawNumbers = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.hmskort.billing.invoicing.model").stream().map(JavaClass::reflect)
                .filter(type -> type != Money.class && !type.isEnum())
                .flatMap(type -> Stream.concat(Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors())))
                .filter(member -> !member.isSynthetic() && !member.getName().equals("hashCode"))
                .flatMap(ArchitectureTest::rawNumbers).toList();
        assertThat(rawNumbers).as("members taking or returning a number that is not a count, percent or document "
                + "number; an amount is Money").isEmpty();
    }

    private static Stream<String> rawNumbers(Executable member) {
        String name = member.getDeclaringClass().getSimpleName() + "." + member.getName();
        Stream<String> returned = member instanceof Method method && NUMBERS.contains(method.getReturnType())
                && !NOT_AMOUNTS.contains(method.getName()) ? Stream.of(name + " returns a number") : Stream.empty();
        return Stream.concat(returned, Stream.of(member.getParameters())
                .filter(p -> !p.isImplicit() && !p.isSynthetic() && NUMBERS.contains(p.getType()))
                .map(Parameter::getName).filter(p -> !NOT_AMOUNTS.contains(p)).map(p -> name + " takes a number " + p));
    }
}
