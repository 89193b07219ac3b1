package io.kadens.content;

import io.kadens.content.ParsedDocument.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Splits a parsed document along its structure. Every chunk belongs to one section and starts
 * with that section's heading path ("Leadership › Coaching"), so a heading is never separated
 * from its paragraphs and a retrieved chunk says where it comes from. Paragraphs are packed
 * together up to a token budget that fits all-MiniLM-L6-v2's 256-token window with room to spare;
 * a paragraph longer than that is split between sentences, a sentence longer than that between words.
 */
final class StructuralChunker {

    /** Tokens per chunk, heading path included; the model reads at most 256 including two markers. */
    static final int DEFAULT_BUDGET = 200;

    /** One chunk: the section it belongs to, and its text (heading path first). */
    record Chunk(List<String> headingPath, String text) {
    }

    private final int budget;
    private final ToIntFunction<String> tokens;

    StructuralChunker() {
        this(DEFAULT_BUDGET, StructuralChunker::estimateTokens);
    }

    StructuralChunker(int budget, ToIntFunction<String> tokens) {
        this.budget = budget;
        this.tokens = tokens;
    }

    List<Chunk> chunk(ParsedDocument document) {
        List<Chunk> chunks = new ArrayList<>();
        String[] headings = new String[7];
        List<String> paragraphs = new ArrayList<>();
        List<String> path = document.title() == null ? List.of() : List.of(document.title());
        for (Block block : document.blocks()) {
            if (block.isHeading()) {
                section(path, paragraphs, chunks);
                paragraphs.clear();
                headings[block.level()] = block.text();
                for (int deeper = block.level() + 1; deeper < headings.length; deeper++) {
                    headings[deeper] = null;
                }
                path = new ArrayList<>();
                for (int level = 1; level < headings.length; level++) {
                    if (headings[level] != null) {
                        path.add(headings[level]);
                    }
                }
                path = List.copyOf(path);
            } else {
                paragraphs.add(block.text());
            }
        }
        section(path, paragraphs, chunks);
        return chunks;
    }

    private void section(List<String> path, List<String> paragraphs, List<Chunk> chunks) {
        if (paragraphs.isEmpty()) {
            return;
        }
        String prefix = path.isEmpty() ? "" : String.join(" › ", path) + "\n";
        // Keep a long heading path from eating the whole window.
        if (tokens.applyAsInt(prefix) > budget / 3) {
            prefix = path.getLast() + "\n";
        }
        int room = Math.max(budget / 3, budget - tokens.applyAsInt(prefix));
        List<String> pieces = new ArrayList<>();
        for (String paragraph : paragraphs) {
            pieces.addAll(fit(paragraph, room));
        }
        StringBuilder current = new StringBuilder();
        int used = 0;
        for (String piece : pieces) {
            int cost = tokens.applyAsInt(piece);
            if (used > 0 && used + cost > room) {
                chunks.add(new Chunk(path, prefix + current));
                current.setLength(0);
                used = 0;
            }
            if (!current.isEmpty()) {
                current.append('\n');
            }
            current.append(piece);
            used += cost;
        }
        if (!current.isEmpty()) {
            chunks.add(new Chunk(path, prefix + current));
        }
    }

    /** A paragraph as pieces that each fit the room: whole, else by sentences, else by words. */
    private List<String> fit(String paragraph, int room) {
        if (tokens.applyAsInt(paragraph) <= room) {
            return List.of(paragraph);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String sentence : paragraph.split("(?<=[.!?])\\s+")) {
            List<String> parts = tokens.applyAsInt(sentence) <= room ? List.of(sentence) : byWords(sentence, room);
            for (String part : parts) {
                String candidate = current.isEmpty() ? part : current + " " + part;
                if (!current.isEmpty() && tokens.applyAsInt(candidate) > room) {
                    pieces.add(current.toString());
                    current.setLength(0);
                    current.append(part);
                } else {
                    current.setLength(0);
                    current.append(candidate);
                }
            }
        }
        if (!current.isEmpty()) {
            pieces.add(current.toString());
        }
        return pieces;
    }

    private List<String> byWords(String sentence, int room) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : sentence.split("\\s+")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && tokens.applyAsInt(candidate) > room) {
                parts.add(current.toString());
                current.setLength(0);
                current.append(word);
            } else {
                current.setLength(0);
                current.append(candidate);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current.toString());
        }
        return parts;
    }

    /**
     * A deliberately generous estimate of WordPiece tokens: one per word plus one per three letters
     * beyond the fourth (long and compound words, common in Swedish, split into several pieces), plus
     * one per punctuation mark. Over-estimating only makes chunks a little smaller.
     */
    static int estimateTokens(String text) {
        int count = 0;
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int letters = 0;
            int marks = 0;
            for (int i = 0; i < word.length(); i++) {
                if (Character.isLetterOrDigit(word.charAt(i))) {
                    letters++;
                } else {
                    marks++;
                }
            }
            count += (letters > 0 ? 1 + Math.max(0, letters - 4 + 2) / 3 : 0) + marks;
        }
        return count;
    }
}
