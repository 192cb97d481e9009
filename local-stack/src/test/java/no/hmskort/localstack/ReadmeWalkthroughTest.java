package no.hmskort.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import no.hmskort.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walkthrough, run exactly as written: every bash block of the sections from "Walkthrough" to
 * the next top-level section, in order, in one bash session, against the local stack on its usual ports,
 * started fresh as {@code bin/local-stack} starts it. Each output the README shows ({@code # ...} lines right
 * after commands, back to the last blank line or output) must be what those commands print, with {@code …}
 * standing for any text. A step that waits
 * ({@code sleep ...}) is read again until it shows what the README says, for up to a minute, since on a
 * loaded machine the asynchronous flow may take longer than the README's pause. No step may print a server
 * error.
 */
class ReadmeWalkthroughTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Duration WAITING = Duration.ofSeconds(60);

    @TempDir
    static Path data;
    private static LocalStack.OnLocalPorts stack;

    @BeforeAll
    static void startTheLocalStack() throws Exception {
        LocalStack.configureLoggingOnce();
        // one pseudonym secret per process: the other tests in this JVM set the test infrastructure's
        stack = LocalStack.onLocalPorts(data,
                Map.of("hmskort.privacy.pseudonym-secret", TestInfrastructure.PSEUDONYM_SECRET));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void every_command_of_the_walkthrough_prints_what_the_readme_shows() throws Exception {
        List<Step> steps = Step.walkthrough(Files.readString(ROOT.resolve("README.md")));
        assertThat(steps).as("steps with an output to compare").filteredOn(step -> step.expected() != null).hasSizeGreaterThan(10);
        try (Bash bash = new Bash(ROOT)) {
            for (Step step : steps) {
                String output = bash.run(step.commands());
                if (step.expected() != null && !step.shows(output) && step.waitsFrom() >= 0) {
                    String again = step.commands().substring(step.waitsFrom());
                    long deadline = System.nanoTime() + WAITING.toNanos();
                    while (!step.shows(output) && System.nanoTime() < deadline) {
                        output = bash.run(again);
                    }
                }
                assertThat(output).as("a step printed a server error:%n%s", step.commands())
                        .doesNotContainPattern("\"status\"\\s*:\\s*5\\d\\d");
                if (step.expected() != null) {
                    assertThat(step.shows(output)).as("the README shows%n%s%nfor%n%s%nbut it printed%n%s",
                            step.expected(), step.commands(), output).isTrue();
                }
            }
        }
    }

    /** Commands and, when the README shows it, what they print. */
    record Step(String commands, String expected, int waitsFrom) {

        private static final Pattern SECTION = Pattern.compile("(?ms)^## Walkthrough$(.*?)^## ");
        private static final Pattern BLOCK = Pattern.compile("(?ms)^```bash$(.*?)^```$");

        static List<Step> walkthrough(String readme) {
            var section = SECTION.matcher(readme);
            if (!section.find()) {
                throw new AssertionError("the README has no Walkthrough section");
            }
            List<Step> steps = new ArrayList<>();
            var blocks = BLOCK.matcher(section.group(1));
            while (blocks.find()) {
                steps.addAll(of(blocks.group(1)));
            }
            return steps;
        }

        /** A block's steps: commands up to the output lines shown after them. */
        static List<Step> of(String block) {
            List<Step> steps = new ArrayList<>();
            StringBuilder commands = new StringBuilder();
            StringBuilder shown = new StringBuilder();
            for (String line : block.strip().split("\n")) {
                boolean output = line.startsWith("#");
                if (line.isBlank() || (!output && !shown.isEmpty())) {
                    if (!commands.isEmpty()) {
                        steps.add(step(commands, shown));
                    }
                    commands.setLength(0);
                    shown.setLength(0);
                    if (line.isBlank()) {
                        continue;
                    }
                }
                (output ? shown.append(line.replaceFirst("^#\\s?", "")) : commands.append(line)).append('\n');
            }
            if (!commands.isEmpty()) {
                steps.add(step(commands, shown));
            }
            return steps;
        }

        private static Step step(StringBuilder commands, StringBuilder shown) {
            String text = commands.toString();
            var sleep = Pattern.compile("(?m)^sleep ").matcher(text);
            return new Step(text, shown.isEmpty() ? null : shown.toString().strip(), sleep.find() ? sleep.start() : -1);
        }

        /** The output is what the README shows, whitespace aside, {@code …} standing for anything. */
        boolean shows(String output) {
            StringBuilder pattern = new StringBuilder("(?s)");
            for (String literal : expected.replaceAll("\\s+", "").split("…", -1)) {
                if (pattern.length() > 4) {
                    pattern.append(".*?");
                }
                pattern.append(Pattern.quote(literal));
            }
            return Pattern.matches(pattern.toString(), output.replaceAll("\\s+", ""));
        }
    }

    /** One bash session: variables set by one step are there for the next, as for a reader at a terminal. */
    static final class Bash implements AutoCloseable {

        private static final String DONE = "@@step-done@@";
        private static final Duration STEP_LIMIT = Duration.ofMinutes(2);
        private final Process process;
        private final Writer in;
        private final BufferedReader out;

        Bash(Path directory) throws IOException {
            process = new ProcessBuilder("bash").directory(directory.toFile()).redirectErrorStream(true).start();
            in = process.outputWriter(StandardCharsets.UTF_8);
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        /** Runs a step; a step still running after {@link #STEP_LIMIT} (a wait that never ends) fails the test. */
        String run(String commands) throws Exception {
            in.write(commands + "\necho; echo " + DONE + "\n");
            in.flush();
            StringBuilder output = new StringBuilder();
            var reading = CompletableFuture.runAsync(() -> {
                try {
                    for (String line = out.readLine(); !DONE.equals(line); line = out.readLine()) {
                        if (line == null) {
                            throw new IllegalStateException("bash ended during:\n" + commands + "\nafter:\n" + output);
                        }
                        synchronized (output) {
                            output.append(line).append('\n');
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            try {
                reading.get(STEP_LIMIT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                process.destroyForcibly();
                synchronized (output) {
                    throw new AssertionError("still running after " + STEP_LIMIT + ":\n" + commands + "\nafter:\n" + output);
                }
            }
            return output.toString().strip();
        }

        @Override
        public void close() throws Exception {
            in.close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
