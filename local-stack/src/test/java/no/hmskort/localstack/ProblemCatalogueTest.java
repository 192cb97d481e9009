package no.hmskort.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Integrators switch on problem types, so docs/problems.md must name every one the code can answer with:
 * each {@code ProblemType.of("slug", ...)} in any module's main code.
 */
class ProblemCatalogueTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern DECLARED = Pattern.compile("ProblemType\\.of\\(\\s*\"([a-z0-9-]+)\"");

    @Test
    void every_problem_type_in_the_code_is_in_the_catalogue() throws IOException {
        Set<String> declared = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/"))
                    .toList()) {
                Matcher matcher = DECLARED.matcher(Files.readString(file));
                while (matcher.find()) {
                    declared.add(matcher.group(1));
                }
            }
        }
        String catalogue = Files.readString(ROOT.resolve("docs/problems.md"));
        assertThat(declared).hasSizeGreaterThan(30)
                .allSatisfy(slug -> assertThat(catalogue).as("docs/problems.md").contains("`" + slug + "`"));
    }
}
