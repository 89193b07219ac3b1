package io.kadens.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Files meant to exhaust a server, made at run time (none is committed). */
public final class HostileFiles {

    private HostileFiles() {
    }

    /**
     * A .docx whose {@code word/document.xml} inflates to {@code expandedBytes} (XML whitespace, which
     * deflates about a thousand to one): a zip bomb in the shape of a Word file.
     */
    public static byte[] zipBombDocx(long expandedBytes) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < expandedBytes; written += spaces.length) {
                zip.write(spaces);
            }
            zip.write("<w:p><w:r><w:t>Bomb</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of {@code pages} pages, each with one line of text. */
    public static byte[] manyPagesPdf(int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(50, 790);
                    content.showText("Page " + i + " of a document nobody should have to read at once.");
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code length} bytes of Markdown-looking text, generated as they are read (nothing held in memory). */
    public static InputStream endlessMarkdown(long length) {
        byte[] line = "Lorem ipsum dolor sit amet, a paragraph that repeats.\n".getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return position < length ? line[(int) (position++ % line.length)] : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                if (position >= length) {
                    return -1;
                }
                int n = (int) Math.min(count, length - position);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = line[(int) ((position + i) % line.length)];
                }
                position += n;
                return n;
            }
        };
    }
}
