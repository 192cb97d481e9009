package no.hmskort.localstack.cluster;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.billing.InvoiceIssued;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.contracts.events.printing.PrintJobIssued;
import no.hmskort.embedded.Options;
import no.hmskort.platform.messaging.EventCodec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The fault suite's judge, from outside the system: waits until every order line {@link Load} had accepted
 * is a delivered card (or the time is up), then counts, from the order API, the gate API and the topics
 * themselves: lines lost (no card, or no invoice line), lines duplicated (a second card, print job or invoice
 * line), invoice numbers missing or doubled, cards whose status is not what the registers say (every worker
 * is employed: VALID), and dead letters written since the step began beyond those expected. Prints one result
 * line and exits 0 only when nothing is lost or doubled.
 *
 * <p>{@code check --base http://127.0.0.1 --kafka 127.0.0.1:9092 --accepted accepted.jsonl --timeout 900
 * --dead-letters 0 --fault "kill order-service-1"}
 */
public final class Check {

    private final Http http = new Http();
    private final EventCodec codec = new EventCodec("fault-check");
    private final String base;

    private Check(String base) {
        this.base = base;
    }

    record Accepted(String orderingUnit, String manager, String orderId, List<String> lines) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        Check check = new Check(options.getOrDefault("base", "http://127.0.0.1"));
        List<Accepted> accepted = accepted(Path.of(options.getOrDefault("accepted", ".local-cluster/load/accepted.jsonl")));
        Instant started = Instant.parse(options.getOrDefault("since", Instant.now().toString()));
        Duration timeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout", "900")));
        String kafka = options.getOrDefault("kafka", "127.0.0.1:9092");

        Map<String, String> cards = check.awaitDelivered(accepted, timeout);
        Duration converged = Duration.between(started, Instant.now());
        int lines = accepted.stream().mapToInt(a -> a.lines().size()).sum();
        TopicCounts topics = check.read(kafka, Instant.parse(options.getOrDefault("dead-letters-since", started.toString())));

        Set<String> lineIds = new HashSet<>();
        accepted.forEach(a -> lineIds.addAll(a.lines()));
        int lost = 0;
        int duplicated = 0;
        for (String line : lineIds) {
            String card = cards.get(line);
            int issued = topics.cardsByLine().getOrDefault(line, Set.of()).size();
            int invoiced = card == null ? 0 : topics.invoicesByCard().getOrDefault(card, Set.of()).size();
            int printJobs = card == null ? 0 : topics.printJobsByCard().getOrDefault(card, Set.of()).size();
            if (card == null || invoiced == 0) {
                lost++;
            } else if (issued > 1 || invoiced > 1 || printJobs > 1) {
                duplicated++;
            }
        }
        int wrongStatus = check.wrongStatus(cards.values(), options.getOrDefault("gate-token", null));
        String result = String.format("%-34s | %5d lines | converged %5s | lost %d | duplicated %d | invoice numbers "
                        + "missing %d, doubled %d | status wrong %d | dead letters %d (expected %s)",
                options.getOrDefault("fault", "none"), lines, cards.size() == lineIds.size() ? converged.toSeconds() + " s"
                        : "no", lost, duplicated, topics.missingInvoiceNumbers(), topics.doubledInvoiceNumbers(),
                wrongStatus, topics.deadLetters(), options.getOrDefault("dead-letters", "0"));
        System.out.println(result);
        boolean ok = lost == 0 && duplicated == 0 && topics.missingInvoiceNumbers() == 0
                && topics.doubledInvoiceNumbers() == 0 && wrongStatus == 0
                && String.valueOf(topics.deadLetters()).equals(options.getOrDefault("dead-letters", "0"));
        System.exit(ok ? 0 : 1);
    }

    /** Which Kafka node is the active controller now (the fault suite kills it). */
    public static void printQuorumLeader(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(Map.of(
                org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                options.getOrDefault("kafka", "127.0.0.1:9092")))) {
            System.out.println(admin.describeMetadataQuorum().quorumInfo().get().leaderId());
        }
    }

    static List<Accepted> accepted(Path file) throws IOException {
        List<Accepted> accepted = new ArrayList<>();
        for (String json : Files.readAllLines(file)) {
            if (!json.isBlank()) {
                accepted.add(new Accepted(Load.field(json, "orderingUnit"), Load.field(json, "manager"),
                        Load.field(json, "orderId"), java.util.Arrays.stream(json.substring(json.indexOf("\"lines\":[") + 9,
                                json.lastIndexOf(']')).split(",")).map(s -> s.replace("\"", "").strip())
                                .filter(s -> !s.isEmpty()).toList()));
            }
        }
        return accepted;
    }

    /** Line id to card number, once every line is delivered or the time is up (then what there is). */
    private Map<String, String> awaitDelivered(List<Accepted> accepted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, String> tokens = new HashMap<>();
        while (true) {
            Map<String, String> delivered = new HashMap<>();
            for (Accepted order : accepted) {
                String token = tokens.computeIfAbsent(order.manager(), this::personToken);
                String body = http.get(base + ":8081/api/businesses/" + order.orderingUnit() + "/orders/"
                        + order.orderId(), token).body();
                for (String lineView : body.split("\\{\"lineId\":")) {
                    if (lineView.contains("\"state\":\"DELIVERED\"") && lineView.contains("\"cardNumber\":\"")) {
                        delivered.put(lineView.substring(1, 37), Load.field(lineView, "cardNumber"));
                    }
                }
            }
            long expected = accepted.stream().mapToLong(a -> a.lines().size()).sum();
            if (delivered.size() == expected || Instant.now().isAfter(deadline)) {
                return delivered;
            }
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return delivered;
            }
        }
    }

    private int wrongStatus(java.util.Collection<String> cards, String gateToken) {
        String token = gateToken != null ? gateToken : Load.field(http.form(Load.MASKINPORTEN + "/token",
                "grant_type=client_credentials&client_id=fault-check&client_secret=x&scope=hmskort:gate").body(),
                "access_token");
        int wrong = 0;
        for (String card : cards) {
            if (!http.get(base + ":8082/api/gate/cards/" + card, token).body().contains("\"status\":\"VALID\"")) {
                wrong++;
            }
        }
        return wrong;
    }

    private String personToken(String person) {
        return Load.field(http.form(Load.ISSUER + "/token", "grant_type=client_credentials&client_id=fault-check"
                + "&client_secret=x&pid=" + URLEncoder.encode(person, StandardCharsets.UTF_8)
                + "&acr=idporten-loa-high").body(), "access_token");
    }

    /** What the topics hold, read from their beginning to their end. */
    record TopicCounts(Map<String, Set<String>> cardsByLine, Map<String, Set<UUID>> printJobsByCard,
            Map<String, Set<String>> invoicesByCard, int missingInvoiceNumbers, int doubledInvoiceNumbers,
            long deadLetters) {
    }

    /** @param since dead letters written from then on count */
    private TopicCounts read(String bootstrap, Instant since) {
        Map<String, Set<String>> cardsByLine = new HashMap<>();
        Map<String, Set<UUID>> printJobsByCard = new HashMap<>();
        Map<String, Set<String>> invoicesByCard = new HashMap<>();
        Map<Long, Set<String>> invoiceContents = new HashMap<>();
        long deadLetters;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, "fault-check-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            for (ConsumerRecord<String, byte[]> record : decodable(readAll(consumer, List.of(
                    Topics.CARDS.name(), Topics.PRINT_JOBS.name(), Topics.BILLING.name())))) {
                if (record.topic().equals(Topics.CARDS.name())) {
                    EventEnvelope<?> event = codec.decode(Topics.CARDS, record.value());
                    if (event.data() instanceof CardIssued issued && issued.orderLineId() != null) {
                        cardsByLine.computeIfAbsent(issued.orderLineId().toString(), k -> new HashSet<>())
                                .add(issued.cardNumber().value());
                    }
                } else if (record.topic().equals(Topics.PRINT_JOBS.name())) {
                    EventEnvelope<?> event = codec.decode(Topics.PRINT_JOBS, record.value());
                    if (event.data() instanceof PrintJobIssued job) {
                        printJobsByCard.computeIfAbsent(job.cardNumber().value(), k -> new HashSet<>()).add(event.id());
                    }
                } else {
                    EventEnvelope<?> event = codec.decode(Topics.BILLING, record.value());
                    if (event.data() instanceof InvoiceIssued invoice) {
                        long number = Long.parseLong(invoice.invoiceNumber());
                        invoiceContents.computeIfAbsent(number, k -> new HashSet<>()).add(invoice.lines().toString());
                        invoice.lines().forEach(line -> invoicesByCard.computeIfAbsent(line.reference(),
                                k -> new HashSet<>()).add(invoice.invoiceNumber()));
                    }
                }
            }
            List<String> deadLetterTopics = consumer.listTopics().keySet().stream().filter(t -> t.endsWith(".dlt")).toList();
            deadLetters = deadLetterTopics.isEmpty() ? 0 : readAll(consumer, deadLetterTopics).stream()
                    .filter(r -> r.timestamp() >= since.toEpochMilli()).count();
        }
        long highest = invoiceContents.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        int missing = 0;
        for (long n = 1; n <= highest; n++) {
            missing += invoiceContents.containsKey(n) ? 0 : 1;
        }
        int doubled = (int) invoiceContents.values().stream().filter(contents -> contents.size() > 1).count();
        return new TopicCounts(cardsByLine, printJobsByCard, invoicesByCard, missing, doubled, deadLetters);
    }

    /** The records that are events: the poison the suite sent is for the dead-letter count, not for this. */
    private List<ConsumerRecord<String, byte[]>> decodable(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(record -> {
            try {
                Topics.ALL.stream().filter(t -> t.name().equals(record.topic())).findFirst()
                        .ifPresent(topic -> codec.decode(topic, record.value()));
                return true;
            } catch (no.hmskort.platform.messaging.PoisonMessageException poison) {
                return false;
            }
        }).toList();
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(KafkaConsumer<String, byte[]> consumer, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30)).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }
}
