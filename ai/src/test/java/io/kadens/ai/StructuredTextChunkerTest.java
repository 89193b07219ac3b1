package io.kadens.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StructuredTextChunkerTest {

    @Test
    void headingsStayWithTheirParagraphsAndCarryTheirPath() {
        String document = """
                # Values

                ## Courage
                We say what we think,
                even when it is uncomfortable.

                ## Care
                We look after each other.

                # Career ladder
                Engineers grow from junior to principal.
                """;
        List<StructuredTextChunker.TextChunk> chunks = new StructuredTextChunker().split(document);
        assertThat(chunks).extracting(StructuredTextChunker.TextChunk::headingPath)
                .containsExactly("Values > Courage", "Values > Care", "Career ladder");
        assertThat(chunks.getFirst().text())
                .isEqualTo("Values > Courage\n\nWe say what we think, even when it is uncomfortable.");
    }

    @Test
    void aLongSectionSplitsBetweenParagraphsThenSentencesAndEveryPartKeepsItsHeading() {
        String sentence = "Managers hold a one-to-one with each report every other week to talk about goals. ";
        String document = "# Check-ins\n\n" + sentence.repeat(20) + "\n\nA short closing paragraph.";
        List<StructuredTextChunker.TextChunk> chunks = new StructuredTextChunker(400).split(document);
        assertThat(chunks).hasSizeGreaterThan(3);
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.text()).startsWith("Check-ins\n\n");
            assertThat(chunk.text().length()).isLessThanOrEqualTo(400);
        });
        // Nothing is lost: every sentence comes out whole.
        String joined = String.join(" ", chunks.stream().map(c -> c.text().substring("Check-ins\n\n".length())).toList());
        assertThat(joined.split("every other week", -1)).hasSize(21);
        assertThat(joined).contains("A short closing paragraph.");
    }

    @Test
    void textBeforeAnyHeadingHasAnEmptyPathAndEmptySectionsAreSkipped() {
        List<StructuredTextChunker.TextChunk> chunks = new StructuredTextChunker()
                .split("Preface line.\n\n# Empty\n\n# Filled\nBody.");
        assertThat(chunks).extracting(StructuredTextChunker.TextChunk::headingPath).containsExactly("", "Filled");
        assertThat(chunks.getFirst().text()).isEqualTo("Preface line.");
    }
}
