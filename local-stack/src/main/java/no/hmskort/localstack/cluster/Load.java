package no.hmskort.localstack.cluster;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import no.hmskort.embedded.Options;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;

/**
 * The fault suite's steady load: a business of its own (registered through the simulators), then orders of
 * several lines each, at a steady pace, every line taken all the way as a real employer and holder would: the
 * worker employed in Aa-registeret, the order placed under an Idempotency-Key, photo and ID copy uploaded, the
 * holder's identity confirmed with her own login. Every order the system answered 201 for is written, one
 * JSON line each, to the accepted file: that is what {@link Check} holds the system to.
 *
 * <p>{@code load --base http://127.0.0.1 --orders 60 --lines 10 --per-second 1 --out accepted.jsonl}
 */
public final class Load {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** People's logins. */
    static final String ISSUER = "http://localhost:8099/idporten";
    /** Machine clients' tokens (the check's gate lookups). */
    static final String MASKINPORTEN = "http://localhost:8099/maskinporten";

    private final Http http = new Http();
    private final String base;

    private Load(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        Load load = new Load(options.getOrDefault("base", "http://127.0.0.1"));
        int orders = Integer.parseInt(options.getOrDefault("orders", "60"));
        int lines = Integer.parseInt(options.getOrDefault("lines", "10"));
        double perSecond = Double.parseDouble(options.getOrDefault("per-second", "1"));
        Path out = Path.of(options.getOrDefault("out", ".local-cluster/load/accepted.jsonl"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Business business = load.business();
        System.out.println("load: business " + business.main() + " / " + business.sub() + ", " + orders + " orders of "
                + lines + " lines, " + perSecond + " a second");
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
        List<Future<?>> placed = new ArrayList<>();
        Instant start = Instant.now();
        for (int i = 0; i < orders; i++) {
            Instant due = start.plusMillis((long) (i * 1000 / perSecond));
            long wait = Duration.between(Instant.now(), due).toMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            placed.add(workers.submit(() -> load.order(business, lines, out)));
        }
        for (Future<?> order : placed) {
            order.get();
        }
        workers.shutdown();
        System.out.println("load: done, " + orders + " orders in " + Duration.between(start, Instant.now()).toSeconds() + " s");
    }

    /** A main unit and its sub-unit, with a daily manager whose grant has reached order-service. */
    record Business(OrganisationNumber main, OrganisationNumber sub, PersonId manager, String address) {
    }

    Business business() {
        OrganisationNumber main = organisationNumber();
        OrganisationNumber sub = organisationNumber();
        PersonId manager = person();
        http.postJsonSimulator(base + ":8090/registers/enhetsregisteret/units",
                "{\"orgnr\":\"" + main.value() + "\",\"name\":\"Feilsikker Bygg AS\",\"organisationForm\":\"AS\"}");
        http.postJsonSimulator(base + ":8090/registers/enhetsregisteret/units", "{\"orgnr\":\"" + sub.value()
                + "\",\"name\":\"Feilsikker Bygg AS avd. Last\",\"organisationForm\":\"BEDR\",\"parent\":\"" + main.value() + "\"}");
        http.putJson(base + ":8090/registers/enhetsregisteret/units/" + main.value() + "/roles",
                "[{\"code\":\"DAGL\",\"personId\":\"" + manager.value() + "\",\"name\":\"Dag Feilsikker\"}]");
        String address = null;
        Instant deadline = Instant.now().plus(Http.PATIENCE);
        while (address == null && Instant.now().isBefore(deadline)) {
            Http.Answer answer = http.postJson(base + ":8081/api/businesses/" + sub.value() + "/addresses",
                    token(manager), "{\"recipient\":\"Anlegg\",\"street\":\"Lastveien 1\",\"postalCode\":\"0150\","
                            + "\"city\":\"Oslo\"}", null);
            address = answer.status() == 201 ? field(answer.body(), "addressId") : null;
            pause(address == null ? 500 : 0);
        }
        if (address == null) {
            throw new IllegalStateException("the manager's rights never reached order-service");
        }
        return new Business(main, sub, manager, address);
    }

    private void order(Business business, int lines, Path out) {
        List<PersonId> workers = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            PersonId worker = person();
            workers.add(worker);
            http.postJsonSimulator(base + ":8090/registers/aa/employments", "{\"employer\":\"" + business.sub().value()
                    + "\",\"personId\":\"" + worker.value() + "\",\"startDate\":\"2024-01-01\"}");
            body.append(i == 0 ? "" : ",").append("{\"personId\":\"").append(worker.value())
                    .append("\",\"name\":\"Arbeider ").append(i).append("\"}");
        }
        String key = UUID.randomUUID().toString();
        Http.Answer placed = http.postJson(base + ":8081/api/businesses/" + business.sub().value() + "/orders",
                token(business.manager()), "{\"cardType\":\"construction\",\"deliveryAddressId\":\"" + business.address()
                        + "\",\"lines\":[" + body + "]}", key);
        if (placed.status() != 201) {
            System.out.println("load: order refused " + placed.status() + " " + placed.body());
            return;
        }
        String orderId = field(placed.body(), "orderId");
        List<String> lineIds = all(placed.body(), "lineId");
        record(out, business, orderId, lineIds);
        for (int i = 0; i < lineIds.size(); i++) {
            String line = base + ":8081/api/businesses/" + business.sub().value() + "/orders/" + orderId + "/lines/"
                    + lineIds.get(i);
            http.putBytes(line + "/photo", token(business.manager()), "image/jpeg", PHOTO);
            http.putBytes(line + "/id-copy", token(business.manager()), "image/jpeg", PHOTO);
            String link = field(http.postJson(line + "/upload-link", token(business.manager()), "", null).body(), "url");
            String holderPath = link.substring(link.indexOf("/api/public/")).replace("/api/public/", "/api/holder/");
            http.postJson(base + ":8081" + holderPath + "/identity", token(workers.get(i)), "", null);
        }
    }

    private static synchronized void record(Path out, Business business, String orderId, List<String> lineIds) {
        String json = "{\"orderingUnit\":\"" + business.sub().value() + "\",\"mainUnit\":\"" + business.main().value()
                + "\",\"manager\":\"" + business.manager().value() + "\",\"orderId\":\"" + orderId + "\",\"lines\":"
                + lineIds.stream().map(l -> "\"" + l + "\"").toList() + "}\n";
        try {
            Files.writeString(out, json, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From the issuer's own address: the token names the host it was asked at, and the services trust localhost. */
    private String token(PersonId person) {
        return field(http.form(ISSUER + "/token", "grant_type=client_credentials&client_id=load&client_secret=x"
                + "&pid=" + URLEncoder.encode(person.value(), StandardCharsets.UTF_8) + "&acr=idporten-loa-high").body(),
                "access_token");
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    static List<String> all(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        List<String> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A random organisation number with a valid mod-11 check digit (weights 3,2,7,6,5,4,3,2). */
    static OrganisationNumber organisationNumber() {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            StringBuilder digits = new StringBuilder("9");
            for (int i = 0; i < 7; i++) {
                digits.append(RANDOM.nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            return OrganisationNumber.of(digits.append(check == 11 ? 0 : check).toString());
        }
    }

    /** A synthetic personal number (month + 80, as Skatteetaten's test data), valid check digits. */
    static PersonId person() {
        int[] k1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
        int[] k2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            String date = String.format("%02d%02d%02d", 1 + RANDOM.nextInt(28), 81 + RANDOM.nextInt(12), RANDOM.nextInt(100));
            String base9 = date + String.format("%03d", RANDOM.nextInt(500));
            int c1 = mod11(base9, k1);
            if (c1 < 0) {
                continue;
            }
            int c2 = mod11(base9 + c1, k2);
            if (c2 < 0) {
                continue;
            }
            try {
                return PersonId.of(base9 + c1 + c2);
            } catch (RuntimeException invalid) {
                // a date that does not exist: draw again
            }
        }
    }

    private static int mod11(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }

    private static final byte[] PHOTO = photo();

    private static byte[] photo() {
        BufferedImage image = new BufferedImage(360, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(230, 230, 235));
        graphics.fillRect(0, 0, 360, 480);
        graphics.setColor(new Color(180, 140, 120));
        graphics.fillOval(90, 96, 180, 240);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
