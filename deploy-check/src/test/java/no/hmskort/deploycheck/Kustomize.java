package no.hmskort.deploycheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with {@code kubectl kustomize}, as an operator would before applying it. The kubectl
 * used is {@code $KUBECTL} when set, else the one on the PATH (bin/test installs Debian's when it is missing).
 */
final class Kustomize {

    /** The repository's root: the parent of this module's directory. */
    static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

    static final List<String> OVERLAYS = List.of("local", "production", "production-replay");

    private Kustomize() {
    }

    static Path overlay(String name) {
        return REPOSITORY.resolve("deploy/overlays").resolve(name);
    }

    static String render(Path kustomization) {
        String kubectl = System.getenv().getOrDefault("KUBECTL", "kubectl");
        Process process;
        try {
            Path errors = Files.createTempFile("kustomize", ".err");
            process = new ProcessBuilder(kubectl, "kustomize", kustomization.toString())
                    .redirectError(errors.toFile())
                    .start();
            String rendered = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(kubectl + " kustomize " + kustomization + " did not finish in 2 minutes");
            }
            String stderr = Files.readString(errors);
            Files.delete(errors);
            if (process.exitValue() != 0) {
                throw new AssertionError(kubectl + " kustomize " + kustomization + " failed (exit "
                        + process.exitValue() + "):\n" + stderr);
            }
            return rendered;
        } catch (IOException e) {
            throw new AssertionError("Cannot run '" + kubectl + " kustomize': kubectl is needed to render deploy/"
                    + " (bin/test installs Debian's kubernetes-client package; or set KUBECTL to a kubectl binary). "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering " + kustomization, e);
        }
    }
}
