package io.kadens.content;

import java.util.List;

/**
 * A document reduced to its structure: headings (level 1..6) and the paragraphs under them, in order.
 * Every parser produces this, so chunking is the same for every format.
 *
 * @param title the document's own title if it has one (HTML title, first heading), else null
 */
public record ParsedDocument(String title, List<Block> blocks) {

    public ParsedDocument {
        blocks = List.copyOf(blocks);
    }

    /** A heading (level 1..6) or a paragraph (level 0). */
    public record Block(int level, String text) {
        public static Block heading(int level, String text) {
            return new Block(Math.clamp(level, 1, 6), text);
        }

        public static Block paragraph(String text) {
            return new Block(0, text);
        }

        public boolean isHeading() {
            return level > 0;
        }
    }

    public String plainText() {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            out.append(block.text()).append('\n');
        }
        return out.toString();
    }
}
