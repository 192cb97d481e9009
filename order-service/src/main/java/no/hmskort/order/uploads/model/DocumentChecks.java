package no.hmskort.order.uploads.model;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import no.hmskort.order.ordering.model.DocumentKind;
import no.hmskort.order.ordering.model.Outcome;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Proves an upload is what it claims: a photo is a JPEG or PNG that decodes, large enough but within the pixel
 * budget, and is re-encoded so no metadata (EXIF, GPS) survives; an ID copy is such an image or a PDF that
 * parses within a memory budget, saved again without metadata and without anything that acts or hides
 * (JavaScript and other actions, embedded files, annotations, form fields). The bytes are never
 * logged and never named in a problem. A document that breaks a rule is a refusal naming its
 * {@link UploadRule}; inside the parsers a private exception carries it out to {@link #check}.
 */
public final class DocumentChecks {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String PDF = "application/pdf";

    /** An ID copy is a page or two; a long PDF is not an ID document. */
    static final int MAX_PDF_PAGES = 10;
    /** Parsing may use this many bytes of memory per byte of upload, and no more. */
    static final long PDF_MEMORY_PER_BYTE = 8;

    private final DocumentLimits limits;

    public DocumentChecks(DocumentLimits limits) {
        this.limits = limits;
    }

    /** A checked document, ready to store. */
    public record Checked(byte[] content, String contentType) {
    }

    public long maxBytes() {
        return limits.maxBytes();
    }

    /** The document cleaned and ready to store, or the upload rule it breaks. */
    public Outcome<Checked> check(DocumentKind kind, String contentType, byte[] content) {
        if (content.length == 0) {
            return Outcome.refused(UploadRule.EMPTY_UPLOAD, "The " + kind.label() + " upload is empty");
        }
        if (content.length > limits.maxBytes()) {
            return tooLarge(kind);
        }
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        try {
            return switch (type) {
                case JPEG, PNG -> Outcome.done(new Checked(reencoded(kind, type, content), JPEG));
                case PDF -> kind == DocumentKind.ID_COPY ? Outcome.done(new Checked(checkedPdf(content), PDF))
                        : unsupported(kind, type);
                default -> unsupported(kind, type);
            };
        } catch (Refusing refusing) {
            return refusing.refusal();
        }
    }

    /** The refusal of a document longer than the limit, also for a body refused before it is all read. */
    public <T> Outcome.Refused<T> tooLarge(DocumentKind kind) {
        return new Outcome.Refused<>(UploadRule.UPLOAD_TOO_LARGE, "The " + kind.label() + " is larger than " + limits.maxBytes()
                + " bytes");
    }

    private static <T> Outcome<T> unsupported(DocumentKind kind, String type) {
        return Outcome.refused(UploadRule.UNSUPPORTED_DOCUMENT_TYPE, "A " + kind.label() + " cannot be of type '" + type + "': "
                + (kind == DocumentKind.PHOTO ? "send image/jpeg or image/png" : "send image/jpeg, image/png or application/pdf"));
    }

    /** Carries a refusal out of the parsers' depths to {@link #check}; never leaves this class. */
    private static final class Refusing extends RuntimeException {

        private final transient Outcome.Refused<Checked> refusal;

        Refusing(UploadRule rule, String detail) {
            super(detail, null, false, false);
            this.refusal = new Outcome.Refused<>(rule, detail);
        }

        Outcome.Refused<Checked> refusal() {
            return refusal;
        }
    }

    /** Decodes the image (refusing anything but the claimed format) and writes its pixels anew, without metadata. */
    private byte[] reencoded(DocumentKind kind, String type, byte[] content) {
        String format = JPEG.equals(type) ? "jpeg" : "png";
        BufferedImage image;
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            ImageReader reader = readers.hasNext() ? readers.next() : null;
            if (reader == null || !reader.getFormatName().equalsIgnoreCase(format)) {
                throw notAnImage(kind, type);
            }
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                // from the header, before decoding: a small file can claim enough pixels to fill the heap
                if ((long) width * height > limits.maxMegapixels() * 1_000_000L) {
                    throw new Refusing(UploadRule.UPLOAD_TOO_LARGE, "The " + kind.label() + " is " + width + "x" + height
                            + " pixels; at most " + limits.maxMegapixels() + " megapixels are accepted");
                }
                if (width < limits.minWidth() || height < limits.minHeight()) {
                    throw new Refusing(UploadRule.IMAGE_TOO_SMALL, "The " + kind.label() + " is " + width + "x" + height
                            + " pixels; at least " + limits.minWidth() + "x" + limits.minHeight() + " is needed");
                }
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refusing refusing) {
                throw refusing;
            }
            throw notAnImage(kind, type);
        }
        return jpeg(image);
    }

    private static Refusing notAnImage(DocumentKind kind, String type) {
        return new Refusing(UploadRule.NOT_AN_IMAGE, "The " + kind.label() + " does not decode as " + type);
    }

    /** Only the pixels, on white where the original was transparent. */
    private static byte[] jpeg(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(rgb, "jpeg", out);
        } catch (IOException e) {
            throw new IllegalStateException("could not encode the image", e);
        }
        return out.toByteArray();
    }

    /**
     * Parses the PDF within a memory budget and writes it anew with only what shows on its pages: no document
     * information or XMP metadata, and nothing that acts or hides — no JavaScript or other actions (on open, on
     * pages, in the outline), no embedded files or other name trees, no annotations or form fields.
     */
    private byte[] checkedPdf(byte[] content) {
        if (content.length < 5 || !new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new Refusing(UploadRule.NOT_A_PDF, "The ID copy does not start like a PDF document");
        }
        try (PDDocument document = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(PDF_MEMORY_PER_BYTE * limits.maxBytes()).streamCache)) {
            if (document.getNumberOfPages() < 1) {
                throw new Refusing(UploadRule.NOT_A_PDF, "The ID copy's PDF has no pages");
            }
            if (document.getNumberOfPages() > MAX_PDF_PAGES) {
                throw new Refusing(UploadRule.NOT_A_PDF, "The ID copy's PDF has " + document.getNumberOfPages()
                        + " pages; an ID document has at most " + MAX_PDF_PAGES);
            }
            document.setAllSecurityToBeRemoved(true);
            document.setDocumentInformation(new PDDocumentInformation());
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            for (COSName active : List.of(COSName.METADATA, COSName.NAMES, COSName.OPEN_ACTION, COSName.AA,
                    COSName.ACRO_FORM, COSName.URI, COSName.OUTLINES, COSName.JAVA_SCRIPT)) {
                catalog.removeItem(active);
            }
            for (PDPage page : document.getPages()) {
                page.getCOSObject().removeItem(COSName.ANNOTS);
                page.getCOSObject().removeItem(COSName.AA);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (Refusing refusing) {
            throw refusing;
        } catch (IOException | RuntimeException e) {
            // PDFBox throws runtime exceptions, not only IOException, on broken files; and IOException when the
            // document needs more memory than its budget
            throw new Refusing(UploadRule.NOT_A_PDF, "The ID copy's PDF cannot be read");
        }
    }
}
