package no.hmskort.deploycheck;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One overlay as kubectl kustomize renders it, read strictly; rendered once per test run. */
record Rendered(String overlay, List<HasMetadata> objects) {

    private static final Map<String, Rendered> RENDERED = new ConcurrentHashMap<>();

    static Rendered overlay(String overlay) {
        return RENDERED.computeIfAbsent(overlay,
                o -> new Rendered(o, StrictObjects.read(Kustomize.render(Kustomize.overlay(o)))));
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** By name; a generated ConfigMap or Secret also by the name before kustomize's hash suffix. */
    <T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
        return all(kind).stream()
                .filter(o -> o.getMetadata().getName().equals(name)
                        || o.getMetadata().getName().matches(java.util.regex.Pattern.quote(name) + "-[a-z0-9]{10}"))
                .findFirst();
    }

    @Override
    public String toString() {
        return overlay;
    }
}
