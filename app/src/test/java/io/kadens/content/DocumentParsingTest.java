package io.kadens.content;

import static io.kadens.content.ContentFixtures.PdfLine.h;
import static io.kadens.content.ContentFixtures.PdfLine.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.content.ParsedDocument.Block;
import io.kadens.content.StructuralChunker.Chunk;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing each format into headings and paragraphs, refusing bad files, and chunking by structure. */
class DocumentParsingTest {

    private static final long LIMIT = 1_000_000;

    private static final List<ContentFixtures.PdfLine> FRAMEWORK = List.of(
            h("Competency framework"),
            h("Leadership"),
            p("Leaders set a clear direction and coach their people towards it."),
            p("They take responsibility for the results of the team."),
            h("Communication"),
            p("We communicate openly and respectfully and give feedback that helps."));

    @Test
    void markdownKeepsHeadingsAndParagraphsInOrder() {
        ParsedDocument parsed = DocumentParsers.parse("framework.md",
                ContentFixtures.utf8(ContentFixtures.COMPETENCY_FRAMEWORK_SV), LIMIT);
        assertThat(parsed.title()).isEqualTo("Kompetensramverk");
        assertThat(parsed.blocks()).extracting(Block::level).containsExactly(1, 2, 0, 3, 0, 2, 0, 2, 0);
        assertThat(parsed.blocks().get(3).text()).isEqualTo("Coachning");
    }

    @Test
    void pdfHeadingsAreFoundByTheirLargerFont() {
        ParsedDocument parsed = DocumentParsers.parse("framework.pdf", ContentFixtures.pdf(FRAMEWORK), LIMIT);
        assertThat(parsed.blocks()).filteredOn(Block::isHeading).extracting(Block::text)
                .containsExactly("Competency framework", "Leadership", "Communication");
        assertThat(parsed.plainText()).contains("coach their people", "feedback that helps");
    }

    @Test
    void wordHeadingStylesBecomeHeadings() {
        ParsedDocument parsed = DocumentParsers.parse("framework.docx", ContentFixtures.docx(FRAMEWORK), LIMIT);
        assertThat(parsed.blocks()).filteredOn(Block::isHeading).extracting(Block::text)
                .containsExactly("Competency framework", "Leadership", "Communication");
        assertThat(parsed.blocks()).filteredOn(b -> !b.isHeading()).hasSize(3);
    }

    @Test
    void htmlAndPlainText() {
        ParsedDocument html = DocumentParsers.parse("values.html", ContentFixtures.utf8("""
                <html><head><title>Our values</title><script>var x = 1;</script></head><body>
                <h1>Values</h1><h2>Courage</h2><p>We speak up when something is wrong, even when it is hard.</p>
                <ul><li><p>Say what you think</p></li><li>Listen first</li></ul></body></html>"""), LIMIT);
        assertThat(html.title()).isEqualTo("Our values");
        assertThat(html.blocks()).extracting(Block::text)
                .containsExactly("Values", "Courage", "We speak up when something is wrong, even when it is hard.",
                        "• Say what you think", "• Listen first");

        ParsedDocument text = DocumentParsers.parse("policy.txt", ContentFixtures.utf8("""
                Travel policy
                =============

                Book trains for journeys under five hours. Flights need the approval of your manager.

                Expenses

                Submit receipts within thirty days of the trip.
                """), LIMIT);
        assertThat(text.blocks()).extracting(Block::level).containsExactly(1, 0, 2, 0);
    }

    @Test
    void encryptedPdfIsRefused() {
        assertRefused("secret.pdf", ContentFixtures.encryptedPdf(FRAMEWORK), "content.file.pdf-encrypted");
    }

    @Test
    void pdfWithoutTextIsRefused() {
        assertRefused("scan.pdf", ContentFixtures.imageOnlyPdf(), "content.file.pdf-no-text");
    }

    @Test
    void fileOverTheLimitIsRefused() {
        assertRefused("huge.txt", new byte[2_000], 1_000, "content.file.too-large");
    }

    @Test
    void contentDecidesNotTheExtension() {
        assertRefused("picture.pdf", ContentFixtures.png(), "content.file.not-pdf");
        assertRefused("picture.md", ContentFixtures.png(), "content.file.not-text");
        assertRefused("report.txt", ContentFixtures.pdf(FRAMEWORK), "content.file.not-text");
        assertRefused("framework.docx", ContentFixtures.pdf(FRAMEWORK), "content.file.not-docx");
        assertRefused("notes.html", ContentFixtures.docx(FRAMEWORK), "content.file.not-text");
        assertRefused("program.exe", ContentFixtures.utf8("MZ this is not a document at all, clearly."),
                "content.file.unsupported-type");
        assertRefused("empty.md", new byte[0], "content.file.empty");
    }

    private static void assertRefused(String name, byte[] bytes, String key) {
        assertRefused(name, bytes, LIMIT, key);
    }

    private static void assertRefused(String name, byte[] bytes, long limit, String key) {
        assertThatThrownBy(() -> DocumentParsers.parse(name, bytes, limit)).as(name)
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void chunksCarryTheirHeadingPathAndNeverCrossSections() {
        ParsedDocument parsed = DocumentParsers.markdown(ContentFixtures.COMPETENCY_FRAMEWORK_SV);
        List<Chunk> chunks = new StructuralChunker().chunk(parsed);
        assertThat(chunks).extracting(Chunk::headingPath).containsExactly(
                List.of("Kompetensramverk", "Ledarskap"),
                List.of("Kompetensramverk", "Ledarskap", "Coachning"),
                List.of("Kompetensramverk", "Kommunikation"),
                List.of("Kompetensramverk", "Kundfokus"));
        assertThat(chunks.get(1).text()).startsWith("Kompetensramverk › Ledarskap › Coachning\n")
                .contains("ställer öppna frågor").doesNotContain("Kommunikation");
    }

    @Test
    void longSectionsSplitBetweenParagraphsThenSentencesWithinTheBudget() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.heading(1, "Career ladder"));
        blocks.add(Block.heading(2, "Senior engineer"));
        for (int i = 0; i < 12; i++) {
            blocks.add(Block.paragraph("Paragraph " + i + " describes expectations of a senior engineer in detail. "
                    + "It mentions design reviews, mentoring and ownership of larger systems."));
        }
        String longParagraph = "A very long sentence about ownership. ".repeat(60);
        blocks.add(Block.paragraph(longParagraph));
        blocks.add(Block.heading(2, "Staff engineer"));
        blocks.add(Block.paragraph("Staff engineers lead technical direction across teams."));
        List<Chunk> chunks = new StructuralChunker().chunk(new ParsedDocument(null, blocks));

        assertThat(chunks).allSatisfy(chunk -> assertThat(StructuralChunker.estimateTokens(chunk.text()))
                .isLessThanOrEqualTo(StructuralChunker.DEFAULT_BUDGET));
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.text()).startsWith(
                String.join(" › ", chunk.headingPath()) + "\n"));
        assertThat(chunks.stream().filter(c -> c.headingPath().getLast().equals("Senior engineer")).count())
                .isGreaterThan(3);
        assertThat(chunks.getLast().headingPath()).containsExactly("Career ladder", "Staff engineer");
        // Whole paragraphs stay whole where they fit: no chunk starts or ends in the middle of one.
        assertThat(chunks).filteredOn(c -> c.text().contains("Paragraph 3 "))
                .singleElement().satisfies(c -> assertThat(c.text()).contains("Paragraph 3 describes expectations of "
                        + "a senior engineer in detail. It mentions design reviews, mentoring and ownership of larger systems."));
        String joined = String.join(" ", chunks.stream().map(Chunk::text).toList());
        assertThat(joined.split("ownership\\.", -1).length - 1).isEqualTo(60);
    }

    @Test
    void languageIsGuessedFromTheText() {
        assertThat(LanguageGuess.of(ContentFixtures.COMPETENCY_FRAMEWORK_SV)).isEqualTo("sv");
        assertThat(LanguageGuess.of("Leaders set a clear direction and coach their people towards it.")).isEqualTo("en");
    }
}
