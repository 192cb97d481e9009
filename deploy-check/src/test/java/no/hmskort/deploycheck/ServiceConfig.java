package no.hmskort.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a service's own configuration file ({@code <service>/src/main/resources/<service>.yml}) says that the
 * deployment must agree with: its name (the consumer group), ports, database, and the topics it consumes
 * ({@code hmskort.consumers}, each with a dead-letter topic) or hears on every replica ({@code hmskort.broadcasts}).
 */
record ServiceConfig(String name, int port, int managementPort, String database, List<String> consumes,
        List<String> broadcasts) {

    static final List<String> SERVICES = List.of(
            "order-service", "card-status-service", "production-service", "billing-service", "delegation-service");

    static ServiceConfig of(String service) {
        Map<String, String> flat = new TreeMap<>();
        try {
            flatten("", new YAMLMapper().readTree(Kustomize.REPOSITORY
                    .resolve(service + "/src/main/resources/" + service + ".yml").toFile()), flat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServiceConfig(flat.get("spring.application.name"), Integer.parseInt(flat.get("server.port")),
                Integer.parseInt(flat.get("management.server.port")), flat.get("spring.mongodb.database"),
                values(flat, "hmskort.consumers."), values(flat, "hmskort.broadcasts."));
    }

    String deadLetterTopic(String topic) {
        return topic + "." + name + ".dlt";
    }

    private static List<String> values(Map<String, String> flat, String prefix) {
        return flat.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue).toList();
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                    e.getValue(), into));
        } else if (!node.isArray()) {
            into.put(prefix, node.asText());
        }
    }
}
