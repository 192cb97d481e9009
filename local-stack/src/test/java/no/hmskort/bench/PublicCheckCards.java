package no.hmskort.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import no.hmskort.contracts.ids.CardNumber;
import org.bson.Document;

/**
 * Sets up the public-check benchmark's cards (bench/public-check.sh): copies one card issued through the
 * whole flow into {@code CARDS} cards with their own numbers and chips, straight into card-status-service's
 * store (as if issued over the years), lists their numbers for wrk, and saves each card's public answer as
 * the file nginx serves for the same path, so that both answer the same 100,000 requests with the same bytes.
 *
 * <p>Arguments: the store's URI, the issued card's number, how many cards, the folder to write into, the
 * public check's base URL.
 */
public final class PublicCheckCards {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static void main(String[] args) throws Exception {
        String mongoUri = args[0];
        String issued = args[1];
        int count = Integer.parseInt(args[2]);
        Path folder = Path.of(args[3]);
        String baseUrl = args[4];
        List<String> numbers = new ArrayList<>(List.of(issued));
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> cards = client.getDatabase("cardstatus").getCollection("cards");
            Document original = cards.find(Filters.eq("_id", issued)).first();
            if (original == null) {
                throw new IllegalStateException("no card " + issued + " in cardstatus.cards");
            }
            Set<String> taken = new LinkedHashSet<>(numbers);
            List<Document> batch = new ArrayList<>();
            while (numbers.size() < count) {
                String number = CardNumber.random(RANDOM).value();
                if (!taken.add(number)) {
                    continue;
                }
                numbers.add(number);
                batch.add(copy(original, number, chip()));
                if (batch.size() == 1_000) {
                    cards.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                cards.insertMany(batch);
            }
        }
        Files.write(folder.resolve("cards.txt"), numbers);
        saveAnswers(numbers, folder.resolve("www/api/public/cards"), baseUrl);
        System.out.println(numbers.size() + " cards stored and their answers saved for nginx");
    }

    private static Document copy(Document original, String number, String chip) {
        Document copy = Document.parse(original.toJson());
        copy.put("_id", number);
        copy.put("chipUid", chip);
        Document card = copy.get("card", Document.class);
        card.put("cardNumber", number);
        card.put("chipUid", chip);
        return copy;
    }

    private static String chip() {
        byte[] uid = new byte[7];
        RANDOM.nextBytes(uid);
        return HexFormat.of().withUpperCase().formatHex(uid);
    }

    /** Each card's public answer, fetched from the service a few at a time, as nginx's file for its path. */
    private static void saveAnswers(List<String> numbers, Path folder, String baseUrl) throws Exception {
        Files.createDirectories(folder);
        HttpClient http = HttpClient.newHttpClient();
        Semaphore inFlight = new Semaphore(16);
        AtomicInteger failed = new AtomicInteger();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String number : numbers) {
                inFlight.acquire();
                executor.submit(() -> {
                    try {
                        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + number))
                                .build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                        Files.write(folder.resolve(number), answer.body());
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    } finally {
                        inFlight.release();
                    }
                    return null;
                });
            }
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " public checks did not answer 200 while saving answers");
        }
    }
}
