package no.hmskort.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.hmskort.cardstatus.cards.application.Reevaluation;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.cardstatus.cards.model.Holder;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.cardstatus.cards.persistence.CardDocument;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.contracts.events.registers.ApprovalRegisterEvent;
import no.hmskort.contracts.events.registers.EmploymentEvent;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.events.registers.VatRegisterEvent;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.embedded.EmbeddedMongo;
import no.hmskort.localstack.LocalStack;
import no.hmskort.localstack.LocalStack.App;
import no.hmskort.testsupport.TestEvents;
import no.hmskort.testsupport.TestIdentifiers;
import no.hmskort.testsupport.TestInfrastructure;
import org.awaitility.Awaitility;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Card validity benchmarks on the local stack (one JVM, embedded broker and store), see bench/README.md:
 * <ol>
 * <li>a register event to the changed status visible in the public check, p50/p99, against the round
 * trip of one public check in the same run;
 * <li>one business-level event (cleaning approval withdrawn) flipping {@code FLIP_CARDS} cards;
 * <li>re-evaluation of {@code REEVALUATE_CARDS} cards, cards per second, first when every card changes and
 * then when none does.
 * </ol>
 */
public final class ValidityBenchmark {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("ROUNDS", 100);
        int flipCards = Integer.getInteger("FLIP_CARDS", 20_000);
        int reevaluateCards = Integer.getInteger("REEVALUATE_CARDS", 1_000_000);
        boolean inMemory = "memory".equals(System.getProperty("STORE", "file"));
        LocalStack.configureLoggingOnce();
        TestInfrastructure infrastructure = TestInfrastructure.get();
        // The local stack's own store (kept in a file) unless STORE=memory asks for the tests' in-memory one.
        EmbeddedMongo store = inMemory ? null
                : EmbeddedMongo.inFile(Files.createTempDirectory("validity-bench").resolve("store.journal"), 27019);
        String mongoUri = inMemory ? infrastructure.mongoUri() : store.uri();
        System.out.printf("store: %s%n", inMemory ? "in memory (the tests')" : "the local stack's, in a file");
        LocalStack stack = LocalStack.start(LocalStack.Endpoints.of(infrastructure.kafkaBootstrap(),
                mongoUri, infrastructure.idPorten()),
                true, Map.of("hmskort.public-check.requests-per-second", "100000000",
                        "hmskort.privacy.pseudonym-secret", TestInfrastructure.PSEUDONYM_SECRET));
        try {
            String check = stack.url(App.CARD_STATUS) + "/api/public/cards/";
            MongoTemplate cards = stack.context(App.CARD_STATUS).getBean(MongoTemplate.class);
            OrganisationNumber business = aCleaningBusiness();

            // 1. Register event -> status visible.
            PersonId holder = TestIdentifiers.aPerson();
            String employment = UUID.randomUUID().toString();
            employ(employment, business, holder, null);
            CardIssued card = issue(business, holder);
            awaitBody(check + card.cardNumber().value(), "\"valid\":true");
            long[] toInvalid = new long[rounds];
            long[] toValid = new long[rounds];
            long[] reference = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                get(check + card.cardNumber().value());
                reference[i] = System.nanoTime() - start;
                start = System.nanoTime();
                employ(employment, business, holder, LocalDate.now().minusDays(1));
                awaitBody(check + card.cardNumber().value(), "\"status\":\"INVALID\"");
                toInvalid[i] = System.nanoTime() - start;
                start = System.nanoTime();
                employ(employment, business, holder, null);
                awaitBody(check + card.cardNumber().value(), "\"valid\":true");
                toValid[i] = System.nanoTime() - start;
            }
            System.out.printf("register event -> status visible in the public check (%d rounds):%n", rounds);
            System.out.printf("  employment ended     -> INVALID: %s%n", percentiles(toInvalid));
            System.out.printf("  employment restored  -> VALID:   %s%n", percentiles(toValid));
            System.out.printf("  reference, one public check round trip: %s%n", percentiles(reference));

            // 2. One business-level event flips many cards.
            // Employments first, then cards: the embedded store has no secondary indexes (real MongoDB has),
            // so a person's fact change scans every card; with the cards not yet there, the set-up stays short.
            OrganisationNumber big = aCleaningBusiness();
            List<PersonId> workers = new ArrayList<>();
            for (int i = 0; i < flipCards; i++) {
                PersonId worker = TestIdentifiers.aPerson();
                workers.add(worker);
                employ(UUID.randomUUID().toString(), big, worker, null);
            }
            long waitStart = System.nanoTime();
            workers.forEach(worker -> issue(big, worker));
            awaitCount(cards, big, CardStatus.VALID, flipCards, Duration.ofMinutes(30));
            System.out.printf("%d cards issued and judged VALID in %.1f s (%.0f cards/s)%n",
                    flipCards, seconds(waitStart), flipCards / seconds(waitStart));
            long flipStart = System.nanoTime();
            TestEvents.publish(Topics.APPROVALS, new ApprovalRegisterEvent.CleaningApprovalChanged(big, false, Instant.now()));
            awaitCount(cards, big, CardStatus.INVALID, flipCards, Duration.ofMinutes(30));
            double flip = seconds(flipStart);
            System.out.printf("cleaning approval withdrawn -> all %d cards INVALID in the store: %.1f s (%.0f cards/s)%n",
                    flipCards, flip, flipCards / flip);

            // 3. Re-evaluation of every card.
            int toInsert = Math.max(0, reevaluateCards - flipCards - 1);
            long insertStart = System.nanoTime();
            insertCards(cards, business, toInsert);
            System.out.printf("inserted %d more cards in %.1f s%n", toInsert, seconds(insertStart));
            Reevaluation reevaluation = stack.context(App.CARD_STATUS).getBean(Reevaluation.class);
            long first = System.nanoTime();
            Reevaluation.Progress changing = reevaluation.runNow();
            double firstSeconds = seconds(first);
            long second = System.nanoTime();
            Reevaluation.Progress unchanged = reevaluation.runNow();
            double secondSeconds = seconds(second);
            System.out.printf("re-evaluation of %d cards, %d changed: %.1f s, %.0f cards/s%n", changing.processed(),
                    changing.changed(), firstSeconds, changing.processed() / firstSeconds);
            System.out.printf("re-evaluation of %d cards, %d changed: %.1f s, %.0f cards/s%n", unchanged.processed(),
                    unchanged.changed(), secondSeconds, unchanged.processed() / secondSeconds);
        } finally {
            stack.close();
            System.exit(0);
        }
    }

    private static OrganisationNumber aCleaningBusiness() {
        OrganisationNumber orgnr = TestIdentifiers.anOrganisationNumber();
        TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(orgnr, "Benk Renhold AS", "AS", null, false, false,
                false, Instant.now()));
        TestEvents.publish(Topics.VAT_REGISTER, new VatRegisterEvent.VatRegistrationChanged(orgnr, true, null, Instant.now()));
        TestEvents.publish(Topics.APPROVALS, new ApprovalRegisterEvent.CleaningApprovalChanged(orgnr, true, Instant.now()));
        return orgnr;
    }

    private static void employ(String id, OrganisationNumber employer, PersonId person, LocalDate end) {
        TestEvents.publish(Topics.EMPLOYMENTS, new EmploymentEvent.EmploymentChanged(id, employer, person,
                LocalDate.of(2024, 1, 1), end, Instant.now()));
    }

    private static CardIssued issue(OrganisationNumber business, PersonId holder) {
        CardIssued card = new CardIssued(CardNumber.random(RANDOM), chip(), UUID.randomUUID(), UUID.randomUUID(),
                business, business, "Benk Renhold AS", "cleaning", new no.hmskort.contracts.events.CardHolder(holder, "Benk Arbeider",
                holder.birthDate()), LocalDate.now(), LocalDate.now().plusYears(2), Instant.now(), null, false);
        TestEvents.publish(Topics.CARDS, card);
        return card;
    }

    private static ChipUid chip() {
        return ChipUid.of(String.format("%014X", RANDOM.nextLong() >>> 8));
    }

    /** Cards written straight to the store, as if issued long ago and never judged (status ISSUED). */
    private static void insertCards(MongoTemplate mongo, OrganisationNumber business, int count) {
        List<CardDocument> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PersonId holder = TestIdentifiers.aPerson();
            batch.add(CardDocument.of(new Card(CardNumber.random(RANDOM), chip(), business, business, "Benk Renhold AS",
                    "construction", new Holder(holder, "Benk Arbeider", holder.birthDate()), LocalDate.now(),
                    LocalDate.now().plusYears(2), CardStatus.ISSUED, List.of(), null, null, List.of())));
            if (batch.size() == 5_000 || i == count - 1) {
                try {
                    mongo.insert(batch, CardDocument.class);
                } catch (org.springframework.dao.DuplicateKeyException collision) {
                    // a random number drawn twice among a million: the rest of the batch is still inserted one by one
                    batch.forEach(d -> {
                        try {
                            mongo.insert(d);
                        } catch (org.springframework.dao.DuplicateKeyException ignored) {
                            // skip the duplicate
                        }
                    });
                }
                batch.clear();
            }
        }
    }

    private static void awaitCount(MongoTemplate mongo, OrganisationNumber business, CardStatus status, long expected,
            Duration timeout) {
        // Counting scans the store (the embedded one has no secondary index): poll slowly, not to load it.
        Query query = new Query(Criteria.where("employer").is(business.value()).and("status").is(status.name()));
        Awaitility.await("all cards " + status).atMost(timeout).pollInterval(Duration.ofMillis(250))
                .until(() -> mongo.count(query, CardDocument.class) >= expected);
    }

    private static void awaitBody(String url, String expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!get(url).contains(expected)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + expected + " from " + url);
            }
        }
    }

    private static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms", sorted[(int) (sorted.length * 0.50)] / 1e6,
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
