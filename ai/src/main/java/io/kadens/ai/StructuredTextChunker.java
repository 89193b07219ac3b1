package io.kadens.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits structured text (Markdown-style {@code #} headings, paragraphs separated by blank lines)
 * into chunks for the knowledge index, keeping each heading with its paragraphs: every chunk
 * starts with its heading path ("Values > Courage"), so a paragraph is found together with what it
 * is about. A section longer than the limit is split between paragraphs, a paragraph longer than
 * the limit between sentences; each part repeats the heading path.
 */
public final class StructuredTextChunker {

    /** About 250 to 300 word pieces of the embedding model, well inside its 512-token window. */
    public static final int DEFAULT_MAX_CHARS = 1200;

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private final int maxChars;

    public StructuredTextChunker(int maxChars) {
        if (maxChars < 100) {
            throw new IllegalArgumentException("chunks need at least 100 characters");
        }
        this.maxChars = maxChars;
    }

    public StructuredTextChunker() {
        this(DEFAULT_MAX_CHARS);
    }

    /** One chunk: its heading path (empty before the first heading) and its text, which begins with that path. */
    public record TextChunk(String headingPath, String text) {
    }

    public List<TextChunk> split(String document) {
        List<TextChunk> chunks = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : document.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            Matcher heading = HEADING.matcher(line.strip());
            if (heading.matches()) {
                endParagraph(paragraph, paragraphs);
                emit(path(headings), paragraphs, chunks);
                int level = heading.group(1).length();
                while (headings.size() >= level) {
                    headings.removeLast();
                }
                while (headings.size() < level - 1) {
                    headings.add(""); // a skipped level keeps the depth honest
                }
                headings.add(heading.group(2).strip());
            } else if (line.isBlank()) {
                endParagraph(paragraph, paragraphs);
            } else {
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(line.strip());
            }
        }
        endParagraph(paragraph, paragraphs);
        emit(path(headings), paragraphs, chunks);
        return List.copyOf(chunks);
    }

    private static void endParagraph(StringBuilder paragraph, List<String> paragraphs) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    private static String path(List<String> headings) {
        return String.join(" > ", headings.stream().filter(h -> !h.isEmpty()).toList());
    }

    private void emit(String headingPath, List<String> paragraphs, List<TextChunk> chunks) {
        if (paragraphs.isEmpty()) {
            return; // a heading alone says too little to be found by; it travels with the next paragraphs' path
        }
        String prefix = headingPath.isEmpty() ? "" : headingPath + "\n\n";
        int budget = Math.max(50, maxChars - prefix.length());
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            for (String piece : fit(paragraph, budget)) {
                if (!body.isEmpty() && body.length() + 2 + piece.length() > budget) {
                    chunks.add(new TextChunk(headingPath, prefix + body));
                    body.setLength(0);
                }
                if (!body.isEmpty()) {
                    body.append("\n\n");
                }
                body.append(piece);
            }
        }
        if (!body.isEmpty()) {
            chunks.add(new TextChunk(headingPath, prefix + body));
        }
        paragraphs.clear();
    }

    /** A paragraph as pieces no longer than the budget: whole sentences where possible, hard cuts only for run-ons. */
    private static List<String> fit(String paragraph, int budget) {
        if (paragraph.length() <= budget) {
            return List.of(paragraph);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String sentence : SENTENCE_END.split(paragraph)) {
            String rest = sentence;
            while (rest.length() > budget) {
                if (!piece.isEmpty()) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
                int cut = rest.lastIndexOf(' ', budget);
                cut = cut <= 0 ? budget : cut;
                pieces.add(rest.substring(0, cut).strip());
                rest = rest.substring(cut).strip();
            }
            if (!piece.isEmpty() && piece.length() + 1 + rest.length() > budget) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            if (!piece.isEmpty()) {
                piece.append(' ');
            }
            piece.append(rest);
        }
        if (!piece.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }
}
