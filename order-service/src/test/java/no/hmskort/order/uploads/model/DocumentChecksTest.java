package no.hmskort.order.uploads.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import javax.imageio.ImageIO;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.order.ordering.model.DocumentKind;
import no.hmskort.order.ordering.model.LineId;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.order.ordering.model.Outcome;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** Every upload and link rule answers as a refusal value that names its rule; a good document is cleaned. */
class DocumentChecksTest {

    private final DocumentChecks checks = new DocumentChecks(new DocumentLimits(200_000, 300, 400, 2));

    @Test
    void each_broken_upload_is_refused_by_the_rule_it_breaks_and_never_thrown() {
        assertRefused(checks.check(DocumentKind.PHOTO, "image/jpeg", new byte[0]), UploadRule.EMPTY_UPLOAD);
        assertRefused(checks.check(DocumentKind.PHOTO, "image/jpeg", new byte[200_001]), UploadRule.UPLOAD_TOO_LARGE);
        assertRefused(checks.check(DocumentKind.PHOTO, "application/pdf", pdf(1)), UploadRule.UNSUPPORTED_DOCUMENT_TYPE);
        assertRefused(checks.check(DocumentKind.ID_COPY, "text/plain", "hello".getBytes(StandardCharsets.UTF_8)),
                UploadRule.UNSUPPORTED_DOCUMENT_TYPE);
        assertRefused(checks.check(DocumentKind.PHOTO, "image/jpeg", "not a jpeg at all".getBytes(StandardCharsets.UTF_8)),
                UploadRule.NOT_AN_IMAGE);
        assertRefused(checks.check(DocumentKind.PHOTO, "image/jpeg", image(300, 400, "png")), UploadRule.NOT_AN_IMAGE);
        assertRefused(checks.check(DocumentKind.PHOTO, "image/png", image(299, 400, "png")), UploadRule.IMAGE_TOO_SMALL);
        assertRefused(checks.check(DocumentKind.PHOTO, "image/png", image(1500, 1500, "png")), UploadRule.UPLOAD_TOO_LARGE);
        assertRefused(checks.check(DocumentKind.ID_COPY, "application/pdf", "%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII)),
                UploadRule.NOT_A_PDF);
        assertRefused(checks.check(DocumentKind.ID_COPY, "application/pdf", pdf(11)), UploadRule.NOT_A_PDF);
    }

    @Test
    void a_good_photo_and_id_copy_pass_cleaned() {
        Outcome<DocumentChecks.Checked> photo = checks.check(DocumentKind.PHOTO, "image/png; charset=binary", image(300, 400, "png"));
        assertThat(photo).isInstanceOfSatisfying(Outcome.Done.class, done ->
                assertThat(((DocumentChecks.Checked) done.value()).contentType()).isEqualTo(DocumentChecks.JPEG));
        Outcome<DocumentChecks.Checked> idCopy = checks.check(DocumentKind.ID_COPY, "application/pdf", pdf(2));
        assertThat(idCopy).isInstanceOfSatisfying(Outcome.Done.class, done ->
                assertThat(((DocumentChecks.Checked) done.value()).contentType()).isEqualTo(DocumentChecks.PDF));
    }

    @Test
    void a_link_names_why_it_no_longer_works() {
        Instant created = Instant.parse("2026-11-28T08:00:00Z");
        UploadLink open = new UploadLink("hash", OrderId.random(), LineId.random(), OrganisationNumber.of("974760673"),
                created, created.plus(Duration.ofDays(7)), false, false, false);
        assertThat(open.refusal(created.plusSeconds(1), true)).isEmpty();
        assertThat(open.refusal(created.plus(Duration.ofDays(7)), true)).get()
                .extracting(Outcome.Refused::rule).isEqualTo(UploadRule.LINK_EXPIRED);
        UploadLink revoked = new UploadLink("hash", open.orderId(), open.lineId(), open.orderingUnit(), created,
                open.expiresAt(), true, false, false);
        assertThat(revoked.refusal(created, true)).get().extracting(Outcome.Refused::rule).isEqualTo(UploadRule.LINK_REVOKED);
        UploadLink used = new UploadLink("hash", open.orderId(), open.lineId(), open.orderingUnit(), created,
                open.expiresAt(), false, true, true);
        assertThat(used.refusal(created, true)).get().extracting(Outcome.Refused::rule).isEqualTo(UploadRule.LINK_USED);
        assertThat(used.refusal(created, false)).as("the holder may still confirm identity through a used link").isEmpty();
    }

    private static void assertRefused(Outcome<?> outcome, UploadRule rule) {
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class, refused -> {
            assertThat(refused.rule()).isEqualTo(rule);
            assertThat(refused.detail()).isNotBlank();
        });
    }

    private static byte[] image(int width, int height, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] pdf(int pages) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
