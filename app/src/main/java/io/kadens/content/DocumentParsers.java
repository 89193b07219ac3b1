package io.kadens.content;

import io.kadens.content.ParsedDocument.Block;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an uploaded file into headings and paragraphs. The file's content decides, not its name:
 * the extension says what the uploader claims, and the bytes must agree (a picture renamed to
 * {@code .pdf} is refused with a message, not half-parsed). Every refusal is an
 * {@link UnreadableDocumentException} with the i18n key of a message the uploader can act on.
 */
final class DocumentParsers {

    /** Fewer letters than this and a document has no text worth indexing (e.g. a scanned PDF). */
    static final int MIN_LETTERS = 20;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};

    private DocumentParsers() {
    }

    /**
     * What one file may cost to read: its size, a PDF's pages, a Word file's expanded size (a .docx is a
     * zip: a small file can inflate to gigabytes), and the time spent reading it.
     */
    record Limits(long maxBytes, int maxPdfPages, long maxExpandedBytes, Duration maxTime) {

        static final int DEFAULT_MAX_PDF_PAGES = 1000;
        static final long DEFAULT_MAX_EXPANDED_BYTES = 32L * 1024 * 1024;
        static final Duration DEFAULT_MAX_TIME = Duration.ofSeconds(60);

        static Limits defaults(long maxBytes) {
            return new Limits(maxBytes, DEFAULT_MAX_PDF_PAGES, DEFAULT_MAX_EXPANDED_BYTES, DEFAULT_MAX_TIME);
        }
    }

    /** Checks the file against the size limit and its claimed type, then parses it within the default limits. */
    static ParsedDocument parse(String fileName, byte[] bytes, long maxBytes) {
        return parse(fileName, bytes, Limits.defaults(maxBytes));
    }

    /** Checks the file against the limits and its claimed type, then parses it. */
    static ParsedDocument parse(String fileName, byte[] bytes, Limits limits) {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableDocumentException("content.file.empty", fileName);
        }
        if (bytes.length > limits.maxBytes()) {
            throw new UnreadableDocumentException("content.file.too-large", bytes.length + " bytes");
        }
        DocumentFormat format = DocumentFormat.byFileName(fileName)
                .orElseThrow(() -> new UnreadableDocumentException("content.file.unsupported-type", fileName));
        Deadline deadline = new Deadline(limits.maxTime());
        ParsedDocument parsed = switch (format) {
            case PDF -> pdf(bytes, limits.maxPdfPages(), deadline);
            case DOCX -> docx(bytes, limits.maxExpandedBytes(), deadline);
            case MARKDOWN -> markdown(text(bytes));
            case HTML -> html(text(bytes));
            case TEXT -> plainText(text(bytes));
        };
        if (letters(parsed.plainText()) < MIN_LETTERS) {
            throw new UnreadableDocumentException(format == DocumentFormat.PDF ? "content.file.pdf-no-text"
                    : "content.file.no-text", fileName);
        }
        return parsed;
    }

    static DocumentFormat format(String fileName) {
        return DocumentFormat.byFileName(fileName)
                .orElseThrow(() -> new UnreadableDocumentException("content.file.unsupported-type", fileName));
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }

    // ------------------------------------------------------------------ text formats

    /** UTF-8, or Windows-1252 for older Swedish files; anything with NUL bytes or mostly control characters is binary. */
    static String text(byte[] bytes) {
        if (startsWith(bytes, PDF_MAGIC) || startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE2_MAGIC)) {
            throw new UnreadableDocumentException("content.file.not-text", "binary document");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableDocumentException("content.file.not-text", "NUL byte");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        long control = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                .count();
        if (control > text.length() / 100 + 1) {
            throw new UnreadableDocumentException("content.file.not-text", "control characters");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static ParsedDocument markdown(String source) {
        Node document = Parser.builder().build().parse(source);
        TextContentRenderer renderer = TextContentRenderer.builder().build();
        List<Block> blocks = new ArrayList<>();
        String title = null;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Heading heading -> {
                    String text = clean(renderer.render(heading));
                    if (title == null && heading.getLevel() == 1) {
                        title = text;
                    }
                    addHeading(blocks, heading.getLevel(), text);
                }
                case ListBlock list -> {
                    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                        if (item instanceof ListItem) {
                            // The renderer renders a list item on its own as nothing: render its content.
                            StringBuilder text = new StringBuilder();
                            for (Node part = item.getFirstChild(); part != null; part = part.getNext()) {
                                text.append(renderer.render(part)).append(' ');
                            }
                            addParagraph(blocks, "• " + clean(text.toString()));
                        }
                    }
                }
                case FencedCodeBlock code -> addParagraph(blocks, code.getLiteral());
                case IndentedCodeBlock code -> addParagraph(blocks, code.getLiteral());
                case ThematicBreak ignored -> { }
                case Paragraph paragraph -> addParagraph(blocks, clean(renderer.render(paragraph)));
                case BlockQuote quote -> addParagraph(blocks, clean(renderer.render(quote)));
                default -> addParagraph(blocks, clean(renderer.render(node)));
            }
        }
        return new ParsedDocument(title, blocks);
    }

    static ParsedDocument html(String source) {
        if (!source.contains("<")) {
            throw new UnreadableDocumentException("content.file.not-html", null);
        }
        Document document = Jsoup.parse(source);
        String title = document.title().isBlank() ? null : clean(document.title());
        List<Block> blocks = new ArrayList<>();
        String textual = "p, li, blockquote, pre, td, th, dt, dd, figcaption";
        for (Element element : document.body().select("h1, h2, h3, h4, h5, h6, " + textual)) {
            String tag = element.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                addHeading(blocks, tag.charAt(1) - '0', clean(element.text()));
            } else if (element.parents().stream().noneMatch(parent -> parent.is(textual))) {
                // A paragraph inside a list item belongs to the item's text, taken once.
                addParagraph(blocks, ("li".equals(tag) ? "• " : "") + clean(element.text()));
            }
        }
        if (blocks.isEmpty()) {
            addParagraph(blocks, clean(document.body().text()));
        }
        return new ParsedDocument(title, blocks);
    }

    /**
     * Paragraphs are separated by blank lines. A short line without closing punctuation, standing
     * alone before a paragraph, is taken as a heading (or a line underlined with === or ---).
     */
    static ParsedDocument plainText(String source) {
        List<Block> blocks = new ArrayList<>();
        String[] paragraphs = source.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n");
        for (String paragraph : paragraphs) {
            String[] lines = paragraph.strip().split("\n");
            if (lines.length == 0 || lines[0].isBlank()) {
                continue;
            }
            if (lines.length >= 2 && lines[1].strip().matches("=+|-+")) {
                addHeading(blocks, lines[1].strip().charAt(0) == '=' ? 1 : 2, clean(lines[0]));
                addParagraph(blocks, clean(String.join(" ", java.util.Arrays.copyOfRange(lines, 2, lines.length))));
            } else if (lines.length == 1 && looksLikeHeading(lines[0])) {
                addHeading(blocks, 2, clean(lines[0]));
            } else {
                addParagraph(blocks, clean(String.join(" ", lines)));
            }
        }
        String title = blocks.isEmpty() || !blocks.getFirst().isHeading() ? null : blocks.getFirst().text();
        return new ParsedDocument(title, blocks);
    }

    private static boolean looksLikeHeading(String line) {
        String text = line.strip();
        return text.length() <= 80 && !text.isEmpty() && ".,;:!?".indexOf(text.charAt(text.length() - 1)) < 0
                && text.split("\\s+").length <= 10;
    }

    // ------------------------------------------------------------------ PDF

    /** The point in time a parse must have finished by; checked between pages and zip entries. */
    static final class Deadline {
        private final long endsAt;

        Deadline(Duration time) {
            this.endsAt = System.nanoTime() + time.toNanos();
        }

        void check() {
            if (System.nanoTime() - endsAt > 0 || Thread.currentThread().isInterrupted()) {
                throw new UnreadableDocumentException("content.file.too-slow", null);
            }
        }
    }

    static ParsedDocument pdf(byte[] bytes) {
        return pdf(bytes, Limits.DEFAULT_MAX_PDF_PAGES, new Deadline(Limits.DEFAULT_MAX_TIME));
    }

    static ParsedDocument pdf(byte[] bytes, int maxPages, Deadline deadline) {
        if (!containsNear(bytes, PDF_MAGIC, 1024)) {
            throw new UnreadableDocumentException("content.file.not-pdf", null);
        }
        // Scratch buffers go to temporary files, not the heap.
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            if (document.isEncrypted()) {
                // Even an owner-password-only PDF: its author restricted it, and Kadens does not work around that.
                throw new UnreadableDocumentException("content.file.pdf-encrypted", null);
            }
            if (document.getNumberOfPages() > maxPages) {
                throw new UnreadableDocumentException("content.file.pdf-too-many-pages",
                        document.getNumberOfPages() + " pages");
            }
            LineCollector collector = new LineCollector(maxPages, deadline);
            collector.getText(document);
            String title = document.getDocumentInformation() == null ? null
                    : document.getDocumentInformation().getTitle();
            return collector.toDocument(title == null || title.isBlank() ? null : clean(title));
        } catch (InvalidPasswordException encrypted) {
            throw new UnreadableDocumentException("content.file.pdf-encrypted", null, encrypted);
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            throw new UnreadableDocumentException("content.file.corrupt", broken.getMessage(), broken);
        }
    }

    /**
     * Collects the PDF's lines with their largest font size. Lines in a font clearly larger than
     * the body text are headings; the larger the font, the higher the level.
     */
    private static final class LineCollector extends PDFTextStripper {

        private record Line(String text, float size, boolean paragraphEnd) {
        }

        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private float currentSize;
        private final int maxPages;
        private final Deadline deadline;
        private int pages;

        LineCollector(int maxPages, Deadline deadline) {
            this.maxPages = maxPages;
            this.deadline = deadline;
            setSortByPosition(true);
        }

        /** The page count in the document's catalogue can lie: the pages really read are counted too. */
        @Override
        protected void startPage(PDPage page) throws IOException {
            if (++pages > maxPages) {
                throw new UnreadableDocumentException("content.file.pdf-too-many-pages", "more than " + maxPages);
            }
            deadline.check();
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            current.append(text);
            for (TextPosition position : positions) {
                currentSize = Math.max(currentSize, position.getFontSizeInPt());
            }
        }

        @Override
        protected void writeWordSeparator() throws IOException {
            current.append(' ');
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            endLine(false);
        }

        @Override
        protected void writeParagraphEnd() throws IOException {
            endLine(true);
        }

        @Override
        protected void writePageEnd() throws IOException {
            endLine(true);
        }

        private void endLine(boolean paragraphEnd) {
            String text = clean(current.toString());
            if (!text.isEmpty()) {
                lines.add(new Line(text, Math.round(currentSize * 2) / 2f, paragraphEnd));
            } else if (paragraphEnd && !lines.isEmpty()) {
                Line last = lines.removeLast();
                lines.add(new Line(last.text(), last.size(), true));
            }
            current.setLength(0);
            currentSize = 0;
        }

        ParsedDocument toDocument(String title) {
            endLine(true);
            Map<Float, Integer> charactersBySize = new HashMap<>();
            for (Line line : lines) {
                charactersBySize.merge(line.size(), line.text().length(), Integer::sum);
            }
            float body = charactersBySize.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse(0f);
            TreeSet<Float> headingSizes = new TreeSet<>(java.util.Comparator.reverseOrder());
            for (Line line : lines) {
                if (isHeading(line, body)) {
                    headingSizes.add(line.size());
                }
            }
            List<Float> levels = new ArrayList<>(headingSizes);
            List<Block> blocks = new ArrayList<>();
            StringBuilder paragraph = new StringBuilder();
            for (Line line : lines) {
                if (isHeading(line, body)) {
                    flush(blocks, paragraph);
                    int level = Math.min(6, levels.indexOf(line.size()) + 1);
                    // A heading wrapped over two lines becomes two headings: harmless for chunking.
                    addHeading(blocks, level, line.text());
                } else {
                    if (!paragraph.isEmpty()) {
                        paragraph.append(paragraph.charAt(paragraph.length() - 1) == '-' ? "" : " ");
                    }
                    paragraph.append(line.text());
                    if (line.paragraphEnd()) {
                        flush(blocks, paragraph);
                    }
                }
            }
            flush(blocks, paragraph);
            if (title == null && !blocks.isEmpty() && blocks.getFirst().isHeading()) {
                title = blocks.getFirst().text();
            }
            return new ParsedDocument(title, blocks);
        }

        private static boolean isHeading(Line line, float body) {
            return body > 0 && line.size() >= body * 1.15f && line.text().length() <= 150;
        }

        private static void flush(List<Block> blocks, StringBuilder paragraph) {
            addParagraph(blocks, paragraph.toString());
            paragraph.setLength(0);
        }
    }

    // ------------------------------------------------------------------ Word

    static ParsedDocument docx(byte[] bytes) {
        return docx(bytes, Limits.DEFAULT_MAX_EXPANDED_BYTES, new Deadline(Limits.DEFAULT_MAX_TIME));
    }

    static ParsedDocument docx(byte[] bytes, long maxExpandedBytes, Deadline deadline) {
        if (startsWith(bytes, OLE2_MAGIC)) {
            // Encrypted .docx files and old binary .doc files are both OLE2 containers.
            throw new UnreadableDocumentException("content.file.docx-encrypted-or-old", null);
        }
        if (!startsWith(bytes, ZIP_MAGIC) || !zipContains(bytes, "word/document.xml", maxExpandedBytes, deadline)) {
            throw new UnreadableDocumentException("content.file.not-docx", null);
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Block> blocks = new ArrayList<>();
            String title = document.getProperties() == null ? null
                    : document.getProperties().getCoreProperties().getTitle();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    String text = clean(paragraph.getText());
                    int level = headingLevel(document, paragraph);
                    if (level > 0) {
                        addHeading(blocks, level, text);
                    } else {
                        addParagraph(blocks, text);
                    }
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(clean(cell.getText()));
                        }
                        addParagraph(blocks, String.join(" | ", cells));
                    }
                }
            }
            if ((title == null || title.isBlank()) && !blocks.isEmpty() && blocks.getFirst().isHeading()) {
                title = blocks.getFirst().text();
            }
            return new ParsedDocument(title == null || title.isBlank() ? null : clean(title), blocks);
        } catch (IOException | RuntimeException broken) {
            throw new UnreadableDocumentException("content.file.corrupt", broken.getMessage(), broken);
        }
    }

    /** Word's built-in heading styles: "heading 1".."heading 6" (ids Heading1.., or localised like Rubrik1), and Title. */
    private static int headingLevel(XWPFDocument document, XWPFParagraph paragraph) {
        String styleId = paragraph.getStyleID();
        if (styleId == null) {
            return 0;
        }
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
        String name = (style != null && style.getName() != null ? style.getName() : styleId)
                .toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        if (name.equals("title") || name.equals("rubrik")) {
            return 1;
        }
        for (String prefix : List.of("heading", "rubrik")) {
            if (name.startsWith(prefix) && name.length() == prefix.length() + 1
                    && Character.isDigit(name.charAt(prefix.length()))) {
                return Math.max(1, name.charAt(prefix.length()) - '0');
            }
        }
        return 0;
    }

    /** Zip entries beyond this many are no Word document (and would cost time to list). */
    static final int MAX_ZIP_ENTRIES = 10_000;

    /**
     * Whether the zip has the entry, after inflating every entry once and counting the bytes that really
     * come out (the sizes in a zip's headers are the uploader's claim): more than {@code maxExpandedBytes}
     * in all and the file is refused before Apache POI, which keeps every part in memory, sees it.
     */
    private static boolean zipContains(byte[] bytes, String entryName, long maxExpandedBytes, Deadline deadline) {
        boolean found = false;
        long expanded = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new UnreadableDocumentException("content.file.docx-too-large", entries + " entries");
                }
                found |= entry.getName().equals(entryName);
                int read;
                while ((read = zip.read(buffer)) >= 0) {
                    expanded += read;
                    if (expanded > maxExpandedBytes) {
                        throw new UnreadableDocumentException("content.file.docx-too-large",
                                "more than " + maxExpandedBytes + " bytes expanded");
                    }
                }
                deadline.check();
            }
            return found;
        } catch (IOException | IllegalArgumentException broken) {
            return false;
        }
    }

    // ------------------------------------------------------------------ helpers

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return containsNear(bytes, prefix, 0);
    }

    /** Whether {@code needle} starts within the first {@code window} bytes (PDFs may have leading junk). */
    private static boolean containsNear(byte[] bytes, byte[] needle, int window) {
        for (int start = 0; start <= window && start + needle.length <= bytes.length; start++) {
            boolean match = true;
            for (int i = 0; i < needle.length && match; i++) {
                match = bytes[start + i] == needle[i];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    static String clean(String text) {
        return text == null ? "" : text.replace('\u00A0', ' ').replaceAll("[ \\t\\x0B\\f\\r\\n]+", " ").strip();
    }

    private static void addHeading(List<Block> blocks, int level, String text) {
        if (!text.isBlank()) {
            blocks.add(Block.heading(level, text));
        }
    }

    private static void addParagraph(List<Block> blocks, String text) {
        String cleaned = clean(text);
        if (!cleaned.isBlank() && !cleaned.equals("•")) {
            blocks.add(Block.paragraph(cleaned));
        }
    }
}
