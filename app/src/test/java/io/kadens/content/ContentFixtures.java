package io.kadens.content;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Test documents made in code (no binaries in the repository): PDFs with PDFBox, Word files with POI. */
public final class ContentFixtures {

    private ContentFixtures() {
    }

    /** A line of a generated PDF: a heading (in a larger bold font) or body text. */
    public record PdfLine(boolean heading, String text) {
        public static PdfLine h(String text) {
            return new PdfLine(true, text);
        }

        public static PdfLine p(String text) {
            return new PdfLine(false, text);
        }
    }

    public static byte[] pdf(List<PdfLine> lines) {
        return pdf(lines, false);
    }

    public static byte[] encryptedPdf(List<PdfLine> lines) {
        return pdf(lines, true);
    }

    private static byte[] pdf(List<PdfLine> lines, boolean encrypted) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDPageContentStream content = new PDPageContentStream(document, page);
            float y = 790;
            for (PdfLine line : lines) {
                float size = line.heading() ? 18 : 11;
                float gap = line.heading() ? 30 : 22;
                if (y - gap < 50) {
                    content.close();
                    page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    content = new PDPageContentStream(document, page);
                    y = 790;
                }
                y -= gap;
                content.beginText();
                content.setFont(line.heading() ? bold : regular, size);
                content.newLineAtOffset(50, y);
                content.showText(line.text());
                content.endText();
            }
            content.close();
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that is only a picture, like a scan: no text layer at all. */
    public static byte[] imageOnlyPdf() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            var graphics = image.createGraphics();
            graphics.drawString("Scanned text the parser cannot read", 5, 50);
            graphics.dispose();
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(picture, 50, 500, 400, 200);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document: heading paragraphs use the built-in heading styles. */
    public static byte[] docx(List<PdfLine> lines) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (PdfLine line : lines) {
                XWPFParagraph paragraph = document.createParagraph();
                if (line.heading()) {
                    paragraph.setStyle("Heading1");
                }
                paragraph.createRun().setText(line.text());
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first bytes of a PNG file, enough for any content sniffing. */
    public static byte[] png() {
        byte[] bytes = new byte[256];
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** A Swedish competency framework in Markdown, as the demo and the browser journey upload it. */
    public static final String COMPETENCY_FRAMEWORK_SV = """
            # Kompetensramverk

            ## Ledarskap

            Vi leder genom att ge tydlig riktning, coacha medarbetare och ta ansvar för teamets resultat.

            ### Coachning

            En coachande ledare ställer öppna frågor, lyssnar aktivt och hjälper medarbetaren att själv hitta lösningar.

            ## Kommunikation

            Vi kommunicerar öppet och respektfullt, ger och tar emot återkoppling och anpassar budskapet efter mottagaren.

            ## Kundfokus

            Vi förstår kundens behov, följer upp deras upplevelse och förbättrar våra tjänster utifrån vad vi lär oss.
            """;
}
