package no.hmskort.order;

import com.jayway.jsonpath.JsonPath;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.access.AccessGranted;
import no.hmskort.contracts.events.registers.ApprovalRegisterEvent;
import no.hmskort.contracts.events.registers.EmploymentEvent;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.events.registers.VatRegisterEvent;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.embedded.MockIdPorten;
import no.hmskort.order.OrderServiceApplication;
import no.hmskort.registers.store.Facts;
import no.hmskort.testsupport.MovableClock;
import no.hmskort.testsupport.MovableClockConfiguration;
import no.hmskort.testsupport.TestEvents;
import no.hmskort.testsupport.TestIdentifiers;
import no.hmskort.testsupport.TestInfrastructure;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * One Spring context for every integration test of order-service (same annotations, so Spring's context
 * cache shares it), on the real broker, the Mongo wire protocol and signed tokens; with builders for the
 * businesses, people and files the tests need.
 */
@SpringBootTest(classes = OrderServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + OrderServiceApplication.CONFIG_NAME,
            "hmskort.ordering.public-base-url=https://order.hmskort.test"})
@Import(MovableClockConfiguration.class)
public abstract class OrderServiceIntegrationTest {

    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected static final String PROBLEMS = "https://hmskort.no/problems/";

    @LocalServerPort
    protected int port;
    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    protected Facts facts;
    @Autowired
    protected MovableClock clock;

    /** A main unit with a sub-unit that orders, an orderer with rights, and a delivery address of the sub-unit. */
    protected record Business(OrganisationNumber main, OrganisationNumber sub, PersonId orderer, UUID addressId) {
    }

    protected Business aBusiness(String form, boolean vat, boolean cleaningApproved) {
        OrganisationNumber main = TestIdentifiers.anOrganisationNumber();
        OrganisationNumber sub = TestIdentifiers.anOrganisationNumber();
        PersonId orderer = TestIdentifiers.aPerson();
        String grant = UUID.randomUUID().toString();
        TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(main, "Fjellbygg AS", form, null, false, false,
                false, Instant.now()));
        TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(sub, "Fjellbygg AS avd. Bergen", "BEDR", main,
                false, false, false, Instant.now()));
        if (vat) {
            TestEvents.publish(Topics.VAT_REGISTER, new VatRegisterEvent.VatRegistrationChanged(main, true, null,
                    Instant.now()));
        }
        if (cleaningApproved) {
            TestEvents.publish(Topics.APPROVALS, new ApprovalRegisterEvent.CleaningApprovalChanged(main, true,
                    Instant.now()));
        }
        TestEvents.publish(Topics.ACCESS, new AccessGranted(grant, main, orderer, "ROLE:DAGL",
                LocalDate.now().minusDays(1), null, List.of(main, sub)));
        Awaitility.await().atMost(WAIT).until(() -> mongo.exists(new Query(Criteria.where("_id").is(grant)),
                "access_grants") && facts.business(sub).unit() != null && facts.business(main).unit() != null
                && (!vat || facts.business(main).vat() != null)
                && (!cleaningApproved || facts.business(main).cleaningApproved() != null));
        String address = post("/api/businesses/" + sub.value() + "/addresses", token(orderer), """
                {"recipient": "Fjellbygg AS avd. Bergen", "street": "Bryggen 1", "postalCode": "5003", "city": "Bergen"}
                """).expectStatus().isCreated().returnResult(String.class).getResponseBody();
        return new Business(main, sub, orderer, UUID.fromString(JsonPath.read(address, "$.addressId")));
    }

    protected Business aBusiness() {
        return aBusiness("AS", true, false);
    }

    protected void employ(PersonId person, OrganisationNumber at, LocalDate start) {
        TestEvents.publish(Topics.EMPLOYMENTS, new EmploymentEvent.EmploymentChanged(UUID.randomUUID().toString(), at,
                person, start, null, Instant.now()));
    }

    protected void awaitEmployment(PersonId person) {
        Awaitility.await().atMost(WAIT).until(() -> !facts.person(person).employments().isEmpty());
    }

    protected static String orderJson(Business business, String cardType, PersonId... people) {
        StringBuilder lines = new StringBuilder();
        for (PersonId person : people) {
            lines.append(lines.isEmpty() ? "" : ",").append("{\"personId\": \"").append(person.value())
                    .append("\", \"name\": \"Kari Nordmann\"}");
        }
        return """
                {"cardType": "%s", "deliveryAddressId": "%s", "lines": [%s]}
                """.formatted(cardType, business.addressId(), lines);
    }

    /** Who each placed line is for, by "orderId:line": the views show personal numbers masked only. */
    private final java.util.Map<String, PersonId> holders = new java.util.concurrent.ConcurrentHashMap<>();

    /** Places an order that must succeed; returns its JSON. */
    protected String placeOrder(Business business, String cardType, PersonId... people) {
        return placedFor(post(ordersOf(business.sub()), token(business.orderer()), orderJson(business, cardType, people))
                .expectStatus().isCreated().returnResult(String.class).getResponseBody(), people);
    }

    /** Notes who the lines of an order placed by hand are for, in order; returns the order. */
    protected String placedFor(String order, PersonId... people) {
        for (int i = 0; i < people.length; i++) {
            holders.put(JsonPath.read(order, "$.orderId") + ":" + i, people[i]);
        }
        return order;
    }

    /** The holder of a line placed by {@link #placeOrder}. */
    protected PersonId holderOf(String order, int line) {
        return holders.get(JsonPath.read(order, "$.orderId") + ":" + line);
    }

    /** The holder's upload link for the line, as the orderer sends it; returns its path on this service. */
    protected String uploadLink(Business business, String order, int line) {
        String body = client().post().uri(lineOf(business.sub(), order, line) + "/upload-link")
                .header("Authorization", "Bearer " + token(business.orderer())).exchange()
                .expectStatus().isCreated().returnResult(String.class).getResponseBody();
        return ((String) JsonPath.read(body, "$.url")).substring("https://order.hmskort.test".length());
    }

    /** The holder opens their link and confirms who they are with their own ID-porten login. */
    protected void confirmIdentity(Business business, String order, int line) {
        String token = uploadLink(business, order, line).substring("/api/public/upload-links/".length());
        post("/api/holder/upload-links/" + token + "/identity", token(holderOf(order, line)), "")
                .expectStatus().isOk().expectBody().jsonPath("$.method").isEqualTo("ID_PORTEN");
    }

    protected static String ordersOf(OrganisationNumber unit) {
        return "/api/businesses/" + unit.value() + "/orders";
    }

    protected static String lineOf(OrganisationNumber unit, String order, int line) {
        return ordersOf(unit) + "/" + JsonPath.read(order, "$.orderId") + "/lines/"
                + JsonPath.read(order, "$.lines[" + line + "].lineId");
    }

    protected String getOrder(Business business, String order) {
        return client().get().uri(ordersOf(business.sub()) + "/" + JsonPath.read(order, "$.orderId"))
                .header("Authorization", "Bearer " + token(business.orderer())).exchange()
                .expectStatus().isOk().returnResult(String.class).getResponseBody();
    }

    protected String lineState(Business business, String order, int line) {
        return JsonPath.read(getOrder(business, order), "$.lines[" + line + "].state");
    }

    protected void awaitLineState(Business business, String order, int line, String state) {
        Awaitility.await().atMost(WAIT).until(() -> state.equals(lineState(business, order, line)));
    }

    /** An employed worker's construction order with its documents in, approved for production; returns the order. */
    protected String anApprovedConstructionOrder(Business business, PersonId worker) {
        employ(worker, business.sub(), LocalDate.now().minusYears(1));
        awaitEmployment(worker);
        String order = placeOrder(business, "construction", worker);
        uploadDocuments(business, order, 0);
        awaitLineState(business, order, 0, "APPROVED");
        return order;
    }

    /**
     * The orderer uploads a valid photo and ID copy for the line, and the holder confirms their identity with
     * ID-porten: all that is left then is the register duties.
     */
    protected void uploadDocuments(Business business, String order, int line) {
        uploadDocumentsOnly(business, order, line);
        confirmIdentity(business, order, line);
    }

    /** The orderer uploads a valid photo and ID copy for the line; nobody has checked the holder's identity. */
    protected void uploadDocumentsOnly(Business business, String order, int line) {
        put(lineOf(business.sub(), order, line) + "/photo", token(business.orderer()), "image/jpeg", jpeg(600, 800))
                .expectStatus().isOk();
        put(lineOf(business.sub(), order, line) + "/id-copy", token(business.orderer()), "application/pdf", pdf())
                .expectStatus().isOk();
    }

    protected static String operatorToken() {
        return TestInfrastructure.get().maskinporten().clientToken("operator-desk", "hmskort:operator");
    }

    protected long storedFiles() {
        return mongo.getCollection("fs.files").countDocuments();
    }

    protected RestTestClient.ResponseSpec post(String path, String token, String json) {
        RestTestClient.RequestBodySpec request = client().post().uri(path).contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.body(json).exchange();
    }

    protected RestTestClient.ResponseSpec put(String path, String token, String contentType, byte[] body) {
        RestTestClient.RequestBodySpec request = client().put().uri(path).contentType(MediaType.parseMediaType(contentType));
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.body(body).exchange();
    }

    protected static String token(PersonId person) {
        return TestInfrastructure.get().idPorten().personToken(person.value(), MockIdPorten.HIGH);
    }

    protected static String printerToken() {
        return TestInfrastructure.get().maskinporten().clientToken("printer-partner", "hmskort:printer");
    }

    protected RestTestClient client() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    protected static byte[] jpeg(int width, int height) {
        return image(width, height, "jpeg");
    }

    protected static byte[] png(int width, int height) {
        return image(width, height, "png");
    }

    private static byte[] image(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(230, 230, 235));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(180, 140, 120));
        graphics.fillOval(width / 4, height / 5, width / 2, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    protected static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
