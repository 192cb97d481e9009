package no.hmskort.localstack.cluster;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.hmskort.embedded.Options;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The fault suite's poison: to every topic a service consumes, one message that is not JSON and one that is a
 * well-formed CloudEvent of a type nobody knows. Each consuming group must dead-letter both and go on; prints
 * how many dead letters that makes (two per topic and consuming group), which {@link Check} then expects.
 *
 * <p>{@code poison --kafka 127.0.0.1:9092}
 */
public final class Poison {

    private Poison() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        String bootstrap = options.getOrDefault("kafka", "127.0.0.1:9092");
        Set<String> pairs = new HashSet<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            var groups = admin.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId)
                    .filter(g -> g.endsWith("-service")).toList();
            admin.describeConsumerGroups(groups).all().get().forEach((group, description) ->
                    description.members().forEach(member -> member.assignment().topicPartitions().forEach(p -> {
                        if (p.topic().startsWith("hmskort.") && !p.topic().endsWith(".dlt")) {
                            pairs.add(group + " " + p.topic());
                        }
                    })));
        }
        Set<String> topics = new HashSet<>();
        pairs.forEach(pair -> topics.add(pair.substring(pair.indexOf(' ') + 1)));
        String marker = "poison-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (String topic : topics) {
                producer.send(new ProducerRecord<>(topic, marker, ("{not json " + marker)
                        .getBytes(StandardCharsets.UTF_8))).get();
                producer.send(new ProducerRecord<>(topic, marker, ("{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID()
                        + "\",\"type\":\"Unheard.v1\",\"source\":\"" + marker + "\",\"time\":\"2026-01-01T00:00:00Z\","
                        + "\"subject\":\"" + marker + "\",\"data\":{}}").getBytes(StandardCharsets.UTF_8))).get();
            }
        }
        System.out.println(2 * pairs.size());
    }
}
