package no.hmskort.order.ordering.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import no.hmskort.order.ordering.model.LineState;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.order.ordering.model.Outcome;
import no.hmskort.order.ordering.model.Refusal;
import no.hmskort.platform.time.Norway;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * The per-person order confirmation: until the card arrives, the worker shows it to prove the card is on
 * order and for which business they work. In Norwegian and English, like the card; the holder's date of
 * birth, never the personal number. Only for a line whose register duties are met, since it stands in for a
 * valid card.
 */
@Component
public class OrderConfirmation {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public Outcome<byte[]> pdf(Order order, OrderLine line) {
        if (line.state() == LineState.CANCELLED || line.state() == LineState.REJECTED) {
            return Outcome.refused(Refusal.LINE_CANCELLED, "The line is " + line.state()
                    + ": there is no card on order to confirm");
        }
        // the confirmation lets the worker work before the card comes: it must not vouch for what the registers deny
        if (!line.unmet().isEmpty()) {
            return Outcome.refused(Refusal.REGISTRATION_INCOMPLETE, "The line awaits registration ("
                    + line.unmet().size() + " unmet duties): the worker may not work on the strength of this order yet");
        }
        List<String> text = new ArrayList<>();
        text.add("Ordrebekreftelse HMS-kort / HMS card order confirmation");
        text.add("");
        text.add("Kortet er bestilt og er under produksjon eller behandling. Inntil kortet kommer, viser denne");
        text.add("bekreftelsen at HMS-kort er bestilt og hvilken virksomhet innehaveren arbeider for.");
        text.add("The card is on order. Until it arrives, this confirmation shows that an HMS card has been");
        text.add("ordered and which business the holder works for.");
        text.add("");
        text.add("Navn / Name: " + line.nameOnCard());
        text.add("Fødselsdato / Date of birth: " + line.holder().birthDate().format(DATE));
        text.add("Korttype / Card type: " + order.cardType());
        text.add("Arbeidsgiver / Employer: " + order.employerName() + " (org.nr. " + order.employer() + ")");
        text.add("Bestilt av / Ordered by: " + order.orderingUnitName() + " (org.nr. " + order.orderingUnit() + ")");
        text.add("Bestilt / Ordered on: " + Norway.dateOf(order.placedAt()).format(DATE));
        text.add("Ordre / Order: " + order.orderId());
        text.add("Linje / Line: " + line.lineId());
        text.add("Status: " + line.state());
        text.add("");
        text.add("Utstedt av / Issued by: HMS-kort, for Arbeidstilsynet");
        return Outcome.done(render(text));
    }

    private static byte[] render(List<String> lines) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("HMS-kort order confirmation");
            document.setDocumentInformation(info);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 11);
                content.setLeading(16);
                content.newLineAtOffset(50, 780);
                for (String line : lines) {
                    content.showText(printable(font, line));
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard font covers Norwegian letters; anything else it lacks is shown as '?'. */
    private static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String s = new String(Character.toChars(c));
            try {
                font.encode(s);
                out.append(s);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
