package no.hmskort.platform.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/**
 * Every problem type a service declares, by slug: the constants of type {@link ProblemType} in the platform
 * and in the service's packages (a web room's {@code Problems}, a controller's own).
 * {@link AnswersProblems} names types by slug; this finds the status each was declared with, so the document
 * cannot say one status while the code answers another.
 */
final class ProblemCatalogue {

    private final Map<String, ProblemType> bySlug;

    private ProblemCatalogue(Map<String, ProblemType> bySlug) {
        this.bySlug = bySlug;
    }

    /** The types declared in the given packages and below them. */
    static ProblemCatalogue of(Collection<String> packages) {
        Map<String, ProblemType> types = new TreeMap<>();
        packages.stream().distinct().flatMap(ProblemCatalogue::classesIn).flatMap(ProblemCatalogue::constantsOf)
                .forEach(type -> {
                    ProblemType known = types.putIfAbsent(type.slug(), type);
                    if (known != null && known.status() != type.status()) {
                        throw new IllegalStateException("Problem type " + type.slug() + " is declared with two "
                                + "statuses: " + known.status() + " and " + type.status());
                    }
                });
        return new ProblemCatalogue(types);
    }

    /** The type with this slug; a slug no constant declares is a mistake in an {@link AnswersProblems}. */
    ProblemType bySlug(String slug, Object namedBy) {
        ProblemType type = bySlug.get(slug);
        if (type == null) {
            throw new IllegalStateException(namedBy + " names problem type '" + slug + "', which no ProblemType "
                    + "constant declares; known: " + bySlug.keySet());
        }
        return type;
    }

    private static Stream<Class<?>> classesIn(String packageName) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true; // every class, not only concrete top-level ones: a controller's types are nested in it
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        ClassLoader loader = ProblemCatalogue.class.getClassLoader();
        return scanner.findCandidateComponents(packageName).stream()
                .map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), loader));
    }

    private static Stream<ProblemType> constantsOf(Class<?> type) {
        return Stream.of(type.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == ProblemType.class)
                .map(ProblemCatalogue::valueOf);
    }

    private static ProblemType valueOf(Field field) {
        try {
            field.setAccessible(true); // the web rooms keep their types package-private
            return (ProblemType) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }
}
