package no.hmskort.order.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import no.hmskort.contracts.events.CardHolder;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cards.CardDelivered;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.contracts.events.cards.CardShipped;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.OrderServiceIntegrationTest;
import no.hmskort.order.uploads.application.Documents;
import no.hmskort.testsupport.TestEvents;
import no.hmskort.testsupport.TestIdentifiers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Photos and ID copies: uploaded by the orderer or by the holder through a link without login; checked,
 * stripped of metadata, stored in GridFS; refused precisely with nothing stored; the ID copy deleted once
 * the card is produced.
 */
class UploadsTest extends OrderServiceIntegrationTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    Documents store;

    @Test
    void the_holder_uploads_both_documents_through_the_link_without_login_and_the_link_is_then_used_up() {
        Business business = aBusiness();
        String order = placeOrder(business, "construction", TestIdentifiers.aPerson(), TestIdentifiers.aPerson());
        String link = createLink(business, order, 0);
        assertThat(link).startsWith("https://order.hmskort.test/api/public/upload-links/");
        String path = link.substring("https://order.hmskort.test".length());

        client().get().uri(path).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo("Kari Nordmann")
                .jsonPath("$.employerName").isEqualTo("Fjellbygg AS")
                .jsonPath("$.photoMissing").isEqualTo(true)
                .jsonPath("$.idCopyMissing").isEqualTo(true);
        put(path + "/photo", null, "image/jpeg", jpeg(300, 400)).expectStatus().isOk()
                .expectBody().jsonPath("$.photoMissing").isEqualTo(false);
        put(path + "/id-copy", null, "application/pdf", pdf()).expectStatus().isOk()
                .expectBody().jsonPath("$.idCopyMissing").isEqualTo(false);

        String after = getOrder(business, order);
        assertThat((String) JsonPath.read(after, "$.lines[0].state")).isEqualTo("AWAITING_REGISTRATION");
        assertThat((Boolean) JsonPath.read(after, "$.lines[0].photo")).isTrue();
        assertThat((String) JsonPath.read(after, "$.lines[0].idCopy")).isEqualTo("received");
        assertThat((Boolean) JsonPath.read(after, "$.lines[1].photo")).isFalse();

        put(path + "/photo", null, "image/jpeg", jpeg(300, 400)).expectStatus().isEqualTo(410)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "upload-link-used");
    }

    @Test
    void a_revoked_an_expired_or_an_unknown_link_is_refused() {
        Business business = aBusiness();
        String order = placeOrder(business, "construction", TestIdentifiers.aPerson());
        String revoked = path(createLink(business, order, 0));
        client().delete().uri(lineOf(business.sub(), order, 0) + "/upload-link")
                .header("Authorization", "Bearer " + token(business.orderer())).exchange().expectStatus().isNoContent();
        put(revoked + "/photo", null, "image/jpeg", jpeg(300, 400)).expectStatus().isEqualTo(410)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "upload-link-revoked");

        String replaced = path(createLink(business, order, 0));
        String current = path(createLink(business, order, 0));
        client().get().uri(replaced).exchange().expectStatus().isEqualTo(410);
        clock.advance(Duration.ofDays(8));
        try {
            put(current + "/photo", null, "image/jpeg", jpeg(300, 400)).expectStatus().isEqualTo(410)
                    .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "upload-link-expired");
        } finally {
            clock.reset();
        }
        client().get().uri("/api/public/upload-links/" + "A".repeat(43)).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "upload-link-unknown");
        assertThat((Boolean) JsonPath.read(getOrder(business, order), "$.lines[0].photo")).isFalse();
        assertThat(mongo.getCollection("upload_links").find(new Document("orderId", UUID.fromString(
                JsonPath.read(order, "$.orderId")))).into(new java.util.ArrayList<>()))
                .allSatisfy(l -> assertThat(l.toJson()).doesNotContain(current.substring(current.lastIndexOf('/') + 1)));
    }

    @Test
    void a_non_image_an_oversized_upload_and_a_fake_pdf_are_refused_precisely_with_nothing_stored() {
        Business business = aBusiness();
        String order = placeOrder(business, "construction", TestIdentifiers.aPerson());
        String line = lineOf(business.sub(), order, 0);
        String token = token(business.orderer());
        long files = storedFiles();

        refused(put(line + "/photo", token, "image/jpeg", "not a picture at all".getBytes(StandardCharsets.UTF_8)),
                422, "not-an-image");
        refused(put(line + "/photo", token, "image/jpeg", png(400, 500)), 422, "not-an-image");
        refused(put(line + "/photo", token, "image/png", jpeg(120, 160)), 422, "not-an-image");
        refused(put(line + "/photo", token, "image/jpeg", jpeg(200, 260)), 422, "image-too-small");
        refused(put(line + "/photo", token, "image/gif", new byte[] {'G', 'I', 'F', '8', '9', 'a'}), 415,
                "unsupported-document-type");
        refused(put(line + "/photo", token, "application/pdf", pdf()), 415, "unsupported-document-type");
        refused(put(line + "/photo", token, "image/jpeg", new byte[10 * 1024 * 1024 + 1]), 413, "upload-too-large");
        refused(put(line + "/id-copy", token, "application/pdf", "%PDF-1.7 this is a renamed text file"
                .getBytes(StandardCharsets.UTF_8)), 422, "not-a-pdf");
        refused(put(line + "/id-copy", token, "application/pdf", "Dear employer, here is my passport"
                .getBytes(StandardCharsets.UTF_8)), 422, "not-a-pdf");
        refused(put(line + "/id-copy", token, "image/jpeg", new byte[0]), 400, "empty-upload");

        assertThat(storedFiles()).isEqualTo(files);
        String after = getOrder(business, order);
        assertThat((Boolean) JsonPath.read(after, "$.lines[0].photo")).isFalse();
        assertThat((String) JsonPath.read(after, "$.lines[0].idCopy")).isEqualTo("missing");
    }

    @Test
    void an_image_small_in_bytes_but_huge_in_pixels_is_refused_from_its_header_with_nothing_stored() throws Exception {
        Business business = aBusiness();
        String order = placeOrder(business, "construction", TestIdentifiers.aPerson());
        String link = path(createLink(business, order, 0));
        byte[] bomb = singleColourPng(9000, 9000);
        assertThat(bomb.length).isLessThan(200_000);
        long files = storedFiles();

        refused(put(link + "/photo", null, "image/png", bomb), 413, "upload-too-large");
        refused(put(lineOf(business.sub(), order, 0) + "/id-copy", token(business.orderer()), "image/png", bomb), 413,
                "upload-too-large");

        assertThat(storedFiles()).isEqualTo(files);
        String after = getOrder(business, order);
        assertThat((Boolean) JsonPath.read(after, "$.lines[0].photo")).isFalse();
        assertThat((String) JsonPath.read(after, "$.lines[0].idCopy")).isEqualTo("missing");
    }

    @Test
    void a_truncated_or_garbled_pdf_is_refused_as_not_a_pdf_with_nothing_stored() {
        Business business = aBusiness();
        String order = placeOrder(business, "construction", TestIdentifiers.aPerson());
        String line = lineOf(business.sub(), order, 0);
        String token = token(business.orderer());
        long files = storedFiles();
        byte[] pdf = pdf();
        byte[] garbled = pdf.clone();
        for (int i = 9; i < garbled.length; i += 3) {
            garbled[i] = '}';
        }

        refused(put(line + "/id-copy", token, "application/pdf", java.util.Arrays.copyOf(pdf, 20)), 422,
                "not-a-pdf");
        refused(put(line + "/id-copy", token, "application/pdf", garbled), 422, "not-a-pdf");

        assertThat(storedFiles()).isEqualTo(files);
        assertThat((String) JsonPath.read(getOrder(business, order), "$.lines[0].idCopy")).isEqualTo("missing");
    }

    @Test
    void a_pdf_id_copy_is_stored_without_its_document_information_and_xmp_metadata() throws Exception {
        Business business = aBusiness();
        String order = placeOrder(business, "construction", TestIdentifiers.aPerson());
        byte[] withMetadata;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setAuthor("Kari Nordmann");
            document.getDocumentInformation().setCreator("secret-scanner-serial");
            PDMetadata xmp = new PDMetadata(document);
            xmp.importXMPMetadata("<x:xmpmeta xmlns:x='adobe:ns:meta/'>secret-scanner-serial</x:xmpmeta>"
                    .getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(xmp);
            document.save(out);
            withMetadata = out.toByteArray();
        }
        put(lineOf(business.sub(), order, 0) + "/id-copy", token(business.orderer()), "application/pdf", withMetadata)
                .expectStatus().isOk();

        String idCopyId = mongo.getCollection("orders").find(new Document("_id", JsonPath.read(order, "$.orderId")))
                .first().get("order", Document.class).getList("lines", Document.class).get(0).getString("idCopyId");
        try (PDDocument stored = Loader.loadPDF(store.load(idCopyId).orElseThrow().content())) {
            assertThat(stored.getNumberOfPages()).isEqualTo(1);
            assertThat(stored.getDocumentInformation().getAuthor()).isNull();
            assertThat(stored.getDocumentInformation().getCreator()).isNull();
            assertThat(stored.getDocumentCatalog().getMetadata()).isNull();
        }
    }

    /**
     * An ID copy is a picture of a document: anything in the PDF that can act or hide something (JavaScript on
     * opening, an embedded file, a link or other annotation, a page's own actions, a form) is gone before it is
     * stored, and the page itself is kept.
     */
    @Test
    void a_pdf_id_copy_is_stored_without_javascript_embedded_files_annotations_or_forms() throws Exception {
        Business business = aBusiness();
        String order = placeOrder(business, "construction", TestIdentifiers.aPerson());
        byte[] active;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.addRect(100, 100, 200, 120);
                content.fill();
            }
            var script = new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert('hello')");
            document.getDocumentCatalog().setOpenAction(script);
            var file = new org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification();
            file.setFile("payload.exe");
            file.setEmbeddedFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(document,
                    new ByteArrayInputStream("MZ-not-really".getBytes(StandardCharsets.US_ASCII))));
            var files = new org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode();
            files.setNames(java.util.Map.of("payload.exe", file));
            var names = new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
            var link = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
            var uri = new org.apache.pdfbox.pdmodel.interactive.action.PDActionURI();
            uri.setURI("https://evil.example/collect");
            link.setAction(uri);
            link.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(10, 10, 50, 50));
            page.getAnnotations().add(link);
            page.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.AA, script.getCOSObject());
            document.getDocumentCatalog().setAcroForm(new org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm(document));
            document.save(out);
            active = out.toByteArray();
        }
        put(lineOf(business.sub(), order, 0) + "/id-copy", token(business.orderer()), "application/pdf", active)
                .expectStatus().isOk();

        String idCopyId = mongo.getCollection("orders").find(new Document("_id", JsonPath.read(order, "$.orderId")))
                .first().get("order", Document.class).getList("lines", Document.class).get(0).getString("idCopyId");
        byte[] bytes = store.load(idCopyId).orElseThrow().content();
        try (PDDocument stored = Loader.loadPDF(bytes)) {
            assertThat(stored.getNumberOfPages()).isEqualTo(1);
            assertThat(stored.getDocumentCatalog().getOpenAction()).isNull();
            assertThat(stored.getDocumentCatalog().getNames()).isNull();
            assertThat(stored.getDocumentCatalog().getAcroForm()).isNull();
            assertThat(stored.getPage(0).getAnnotations()).isEmpty();
            assertThat(stored.getPage(0).getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.AA)).isFalse();
            assertThat(stored.getPage(0).getContents().readAllBytes()).isNotEmpty();
        }
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("app.alert", "payload.exe",
                "MZ-not-really", "evil.example");
    }

    /**
     * A PDF is parsed within a memory budget and never inflated: a page whose content would inflate to half a
     * gigabyte (a "zip bomb" of 0.5 MB) is stored with its stream exactly as it came, compressed, so an upload
     * cannot make the service hold more than it received several times over.
     */
    @Test
    void a_pdf_whose_page_would_inflate_to_half_a_gigabyte_is_stored_without_ever_being_inflated() throws Exception {
        Business business = aBusiness();
        String order = placeOrder(business, "construction", TestIdentifiers.aPerson());
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (var out = new java.util.zip.DeflaterOutputStream(deflated, new java.util.zip.Deflater(9))) {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 512; i++) {
                out.write(spaces);
            }
        }
        byte[] bomb;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            COSStream contents = document.getDocument().createCOSStream();
            contents.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (var raw = contents.createRawOutputStream()) {
                raw.write(deflated.toByteArray());
            }
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
            document.save(out);
            bomb = out.toByteArray();
        }
        assertThat(bomb.length).isLessThan(2 << 20);

        put(lineOf(business.sub(), order, 0) + "/id-copy", token(business.orderer()), "application/pdf", bomb)
                .expectStatus().isOk();

        String idCopyId = mongo.getCollection("orders").find(new Document("_id", JsonPath.read(order, "$.orderId")))
                .first().get("order", Document.class).getList("lines", Document.class).get(0).getString("idCopyId");
        byte[] stored = store.load(idCopyId).orElseThrow().content();
        assertThat(stored.length).isLessThan(bomb.length + 64 * 1024);
        try (PDDocument kept = Loader.loadPDF(stored)) {
            COSStream contents = (COSStream) kept.getPage(0).getCOSObject().getDictionaryObject(COSName.CONTENTS);
            try (var raw = contents.createRawInputStream()) {
                assertThat(raw.readAllBytes()).isEqualTo(deflated.toByteArray());
            }
        }
    }

    @Test
    void a_pdf_with_too_many_pages_for_an_id_document_is_refused_with_nothing_stored() throws Exception {
        Business business = aBusiness();
        String order = placeOrder(business, "construction", TestIdentifiers.aPerson());
        byte[] book;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 11; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            book = out.toByteArray();
        }
        long before = storedFiles();
        put(lineOf(business.sub(), order, 0) + "/id-copy", token(business.orderer()), "application/pdf", book)
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "not-a-pdf")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("11 pages"));
        assertThat(storedFiles()).isEqualTo(before);
    }

    /**
     * Every line of one order uploaded at once, as a busy orderer and the holders' links would: each upload is
     * a change to the same order document, and each one lands (retried on the conflicts), none answers 500.
     */
    @Test
    void uploads_to_every_line_of_one_order_at_once_all_land() throws Exception {
        Business business = aBusiness();
        PersonId[] people = new PersonId[16];
        for (int i = 0; i < people.length; i++) {
            people[i] = TestIdentifiers.aPerson();
        }
        String order = placeOrder(business, "construction", people);
        byte[] photo = jpeg(400, 500);
        byte[] idCopy = pdf();
        java.util.concurrent.ExecutorService uploaders = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int line = 0; line < people.length; line++) {
                String path = lineOf(business.sub(), order, line);
                statuses.add(uploaders.submit(() -> put(path + "/photo", token(business.orderer()), "image/jpeg", photo)
                        .returnResult(String.class).getStatus().value()));
                statuses.add(uploaders.submit(() -> put(path + "/id-copy", token(business.orderer()), "application/pdf",
                        idCopy).returnResult(String.class).getStatus().value()));
            }
            for (var status : statuses) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            uploaders.shutdownNow();
        }
        List<Boolean> photos = JsonPath.read(getOrder(business, order), "$.lines[*].photo");
        List<String> idCopies = JsonPath.read(getOrder(business, order), "$.lines[*].idCopy");
        assertThat(photos).hasSize(16).containsOnly(true);
        assertThat(idCopies).hasSize(16).containsOnly("received");
    }

    @Test
    void a_photo_is_stored_re_encoded_without_its_metadata() throws Exception {
        Business business = aBusiness();
        String order = placeOrder(business, "construction", TestIdentifiers.aPerson());
        byte[] withExif = withExifSegment(jpeg(600, 800), "GPS 59.9139N 10.7522E secret-camera-serial");
        put(lineOf(business.sub(), order, 0) + "/photo", token(business.orderer()), "image/jpeg", withExif)
                .expectStatus().isOk();

        Document stored = mongo.getCollection("orders").find(new Document("_id", JsonPath.read(order, "$.orderId")))
                .first();
        String photoId = stored.get("order", Document.class).getList("lines", Document.class).get(0).getString("photoId");
        byte[] photo = store.load(photoId).orElseThrow().content();
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).doesNotContain("secret-camera-serial", "Exif");
        assertThat(ImageIO.read(new ByteArrayInputStream(photo)).getHeight()).isEqualTo(800);
    }

    @Test
    void the_id_copy_is_deleted_once_the_card_is_issued_and_the_line_follows_the_card_to_delivery() {
        Business business = aBusiness();
        PersonId worker = TestIdentifiers.aPerson();
        String order = anApprovedConstructionOrder(business, worker);
        Document line = mongo.getCollection("orders").find(new Document("_id", JsonPath.read(order, "$.orderId")))
                .first().get("order", Document.class).getList("lines", Document.class).get(0);
        String idCopy = line.getString("idCopyId");
        assertThat(store.exists(idCopy)).isTrue();

        CardNumber card = CardNumber.random(RANDOM);
        CardIssued issued = new CardIssued(card, ChipUid.of(String.format("%014X", RANDOM.nextLong() >>> 8)),
                UUID.fromString(JsonPath.read(order, "$.orderId")), UUID.fromString(JsonPath.read(order, "$.lines[0].lineId")),
                business.sub(), business.main(), "Fjellbygg AS", "construction",
                new CardHolder(worker, "Kari Nordmann", worker.birthDate()), LocalDate.now(), LocalDate.now().plusYears(2),
                Instant.now(), null, false);
        TestEvents.publish(Topics.CARDS, issued);
        TestEvents.publish(Topics.CARDS, issued);
        awaitLineState(business, order, 0, "PRINTED");
        String printed = getOrder(business, order);
        assertThat((String) JsonPath.read(printed, "$.lines[0].cardNumber")).isEqualTo(card.value());
        assertThat((String) JsonPath.read(printed, "$.lines[0].idCopy")).isEqualTo("deleted");
        assertThat(store.exists(idCopy)).isFalse();
        assertThat(store.exists(line.getString("photoId"))).isTrue();

        TestEvents.publish(Topics.CARDS, new CardShipped(card, UUID.randomUUID(), LocalDate.now()));
        awaitLineState(business, order, 0, "SHIPPED");
        TestEvents.publish(Topics.CARDS, new CardDelivered(card, UUID.randomUUID(), LocalDate.now()));
        awaitLineState(business, order, 0, "DELIVERED");
        put(lineOf(business.sub(), order, 0) + "/photo", token(business.orderer()), "image/jpeg", jpeg(300, 400))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type")
                .isEqualTo(PROBLEMS + "line-not-awaiting-documents");
    }

    private String createLink(Business business, String order, int line) {
        String body = client().post().uri(lineOf(business.sub(), order, line) + "/upload-link")
                .header("Authorization", "Bearer " + token(business.orderer())).exchange()
                .expectStatus().isCreated().returnResult(String.class).getResponseBody();
        return JsonPath.read(body, "$.url");
    }

    private static String path(String url) {
        return url.substring("https://order.hmskort.test".length());
    }

    private static void refused(org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec response,
            int status, String type) {
        response.expectStatus().isEqualTo(status).expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + type);
    }

    /** A one-bit grey PNG of one colour: a few kilobytes on the wire, width times height pixels once decoded. */
    private static byte[] singleColourPng(int width, int height) throws java.io.IOException {
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream deflate = new java.util.zip.DeflaterOutputStream(pixels,
                new java.util.zip.Deflater(9))) {
            byte[] row = new byte[1 + (width + 7) / 8];
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", pixels.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws java.io.IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        png.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(type.getBytes(StandardCharsets.US_ASCII));
        png.write(data);
        png.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** The JPEG with an APP1 (Exif) segment right after its start marker, as cameras and phones write one. */
    private static byte[] withExifSegment(byte[] jpeg, String text) {
        byte[] payload = ("Exif\0\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        int length = payload.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
