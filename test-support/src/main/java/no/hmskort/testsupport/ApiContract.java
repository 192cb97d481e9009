package no.hmskort.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's API as integrators know it: the OpenAPI document committed as {@code docs/api/<service>.json}.
 * {@link #verify} compares the running service's {@code /v3/api-docs} with it, by openapi-diff: a change that
 * would break a client written against the committed document fails with the diff's words; any other difference
 * fails too, so the committed document always tells the truth. With {@code -Dhmskort.api.write=true} it writes
 * the served document instead, for a change that is meant (docs/api/README.md).
 */
public final class ApiContract {

    /** The system property that writes the served documents to docs/api instead of comparing with them. */
    public static final String WRITE = "hmskort.api.write";

    private static final String REGENERATE = "regenerate with -D" + WRITE + "=true and commit docs/api";

    /** Sorted keys, two-space indents: a document reads the same from every run, and diffs in review stay small. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private ApiContract() {
    }

    /** How the served document stands to the committed one. */
    public enum Change { NONE, COMPATIBLE, BREAKING }

    /** @param report openapi-diff's account of the change; empty when there is none */
    public record Comparison(Change change, String report) {
    }

    /** Fails unless the service on {@code port} serves exactly its committed document (or writes it, see above). */
    public static void verify(String service, int port) {
        String served = canonical(fetch(port));
        Path committed = committedDocument(service);
        if (Boolean.getBoolean(WRITE)) {
            write(committed, served);
            return;
        }
        if (!Files.exists(committed)) {
            throw new AssertionError(committed + " does not exist: " + REGENERATE);
        }
        Comparison comparison = compare(read(committed), served);
        switch (comparison.change()) {
            case NONE -> { }
            case BREAKING -> throw new AssertionError(service + "'s API breaks clients written against " + committed
                    + ".\nA breaking change needs a new version of the operation, not an edit; if it is meant all the "
                    + "same, " + REGENERATE + ".\n" + comparison.report());
            case COMPATIBLE -> throw new AssertionError(service + "'s API differs from " + committed
                    + " without breaking clients: " + REGENERATE + ".\n" + comparison.report());
        }
    }

    /** Compares two documents as openapi-diff does; any difference at all is at least {@link Change#COMPATIBLE}. */
    public static Comparison compare(String committed, String served) {
        String before = canonical(committed);
        String after = canonical(served);
        if (before.equals(after)) {
            return new Comparison(Change.NONE, "");
        }
        ChangedOpenApi diff = OpenApiCompare.fromContents(before, after);
        Change change = diff.isIncompatible() ? Change.BREAKING : Change.COMPATIBLE;
        String report = (diff.isUnchanged() ? "openapi-diff sees no change to the API (a description, an example).\n"
                : render(diff)) + "The documents first differ at " + firstDifference(before, after);
        return new Comparison(change, report);
    }

    /** The document as it is committed: sorted keys, indented, one newline at the end. */
    public static String canonical(String json) {
        return JSON.writeValueAsString(JSON.readValue(json, Object.class)) + "\n";
    }

    /** {@code docs/api/<service>.json} in the working copy the test runs in (surefire runs in the module). */
    public static Path committedDocument(String service) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No mvnw above " + Path.of("").toAbsolutePath() + ": no project here");
        }
        return dir.resolve("docs/api/" + service + ".json");
    }

    private static String fetch(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("/v3/api-docs answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new ConsoleRender().render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Where to look in the committed document, whatever openapi-diff made of the change. */
    private static String firstDifference(String before, String after) {
        String[] old = before.split("\n");
        String[] now = after.split("\n");
        for (int i = 0; i < Math.max(old.length, now.length); i++) {
            String was = i < old.length ? old[i] : "(end)";
            String is = i < now.length ? now[i] : "(end)";
            if (!was.equals(is)) {
                return "line " + (i + 1) + ":\n- " + was.strip() + "\n+ " + is.strip();
            }
        }
        return "(nowhere)";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String document) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
