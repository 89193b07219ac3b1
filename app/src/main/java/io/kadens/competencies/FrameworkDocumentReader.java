package io.kadens.competencies;

import io.kadens.competencies.FrameworkProposal.Note;
import io.kadens.competencies.FrameworkProposal.ProposedCompetency;
import io.kadens.content.ParsedDocument;
import io.kadens.content.ParsedDocument.Block;
import io.kadens.people.JobFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads competencies out of a framework document's structure (docs/decisions/2026-12-06-framework-document-import.md):
 * <ul>
 * <li>a heading with text or a list under it and no headings below it is a competency: its first paragraph is the
 * description and its list items (or, where the format keeps no list marks, its further short paragraphs) are the
 * behavioural indicators, level 1 first;</li>
 * <li>a heading whose sub-headings all name a level ("Level 2: …", "Nivå: Senior") is a competency too, each
 * sub-heading giving one indicator;</li>
 * <li>any other heading with sub-headings is a section: its words choose the group of the competencies below it
 * (core/values, leadership, or functional for the job family it names; core when nothing says).</li>
 * </ul>
 * English and Swedish words are recognised. The reading is deterministic and stores nothing.
 */
final class FrameworkDocumentReader {

    static final int MAX_PROPOSALS = 200;
    private static final Pattern LEVEL_HEADING = Pattern.compile("^(level|nivå|niva|proficiency)(?!\\p{L}).*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Level 2:", "Nivå 3 –", "2.", "L4 -": a level number in front of an indicator. */
    private static final Pattern LEVEL_PREFIX = Pattern.compile(
            "^(?:(?:level|nivå|niva|l)\\s*)?(\\d)\\s*[:.)–—-]\\s*(.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LEVEL_WORD_PREFIX = Pattern.compile("^(?:level|nivå|niva)\\s*[:–—-]?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int SHORT_PARAGRAPH = 300;

    private FrameworkDocumentReader() {
    }

    /** The competencies the document proposes, with notes on what was cut or left out. */
    static Result read(ParsedDocument document, int scale, List<JobFamily> families, Map<String, Competency> existing) {
        List<Block> blocks = document.blocks();
        List<ProposedCompetency> proposals = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Block> path = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isHeading()) {
                continue;
            }
            while (!path.isEmpty() && path.getLast().level() >= block.level()) {
                path.removeLast();
            }
            List<Block> body = body(blocks, i);
            List<Integer> children = directChildren(blocks, i);
            boolean levelsBelow = !children.isEmpty()
                    && children.stream().allMatch(c -> LEVEL_HEADING.matcher(blocks.get(c).text()).matches());
            if (children.isEmpty() && !body.isEmpty() && !LEVEL_HEADING.matcher(block.text()).matches()) {
                proposals.add(propose(block, path, body, List.of(), scale, families, existing, notes));
            } else if (levelsBelow) {
                List<String> indicators = new ArrayList<>();
                for (int child : children) {
                    List<Block> childBody = body(blocks, child);
                    String heading = LEVEL_WORD_PREFIX.matcher(blocks.get(child).text()).replaceFirst("").strip();
                    indicators.add(childBody.isEmpty() ? heading : bullet(childBody.getFirst().text()));
                }
                proposals.add(propose(block, path, body, indicators, scale, families, existing, notes));
            }
            path.add(block);
            if (proposals.size() >= MAX_PROPOSALS) {
                notes.add(new Note("competencies.document.too-many", String.valueOf(MAX_PROPOSALS)));
                break;
            }
        }
        // Level sub-headings were read as indicators of their competency; they are not competencies themselves.
        if (proposals.isEmpty()) {
            notes.add(new Note("competencies.document.nothing-found", document.title() == null ? "" : document.title()));
        }
        return new Result(proposals, notes);
    }

    record Result(List<ProposedCompetency> competencies, List<Note> notes) {
    }

    private static ProposedCompetency propose(Block heading, List<Block> path, List<Block> body,
                                              List<String> levelIndicators, int scale, List<JobFamily> families,
                                              Map<String, Competency> existing, List<Note> notes) {
        String name = heading.text().strip();
        if (name.length() > CompetencyFrameworks.MAX_NAME) {
            notes.add(new Note("competencies.document.name-cut", name));
            name = name.substring(0, CompetencyFrameworks.MAX_NAME).strip();
        }
        List<String> paragraphs = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (Block block : body) {
            if (block.text().startsWith("•")) {
                items.add(bullet(block.text()));
            } else {
                paragraphs.add(block.text());
            }
        }
        String description = paragraphs.isEmpty() ? "" : paragraphs.getFirst();
        List<String> indicators = new ArrayList<>(levelIndicators);
        if (indicators.isEmpty()) {
            indicators.addAll(items);
        }
        if (indicators.isEmpty() && paragraphs.size() >= 3
                && paragraphs.subList(1, paragraphs.size()).stream().allMatch(p -> p.length() <= SHORT_PARAGRAPH)) {
            // Word keeps list items as plain paragraphs: short lines after the description are the list.
            indicators.addAll(paragraphs.subList(1, paragraphs.size()));
        }
        indicators = ordered(indicators);
        if (indicators.size() > scale) {
            notes.add(new Note("competencies.document.indicators-cut", name));
            indicators = new ArrayList<>(indicators.subList(0, scale));
        }
        indicators.replaceAll(text -> text.length() > CompetencyFrameworks.MAX_INDICATOR
                ? text.substring(0, CompetencyFrameworks.MAX_INDICATOR).strip() : text);
        if (description.length() > CompetencyFrameworks.MAX_DESCRIPTION) {
            notes.add(new Note("competencies.document.description-cut", name));
            description = description.substring(0, CompetencyFrameworks.MAX_DESCRIPTION).strip();
        }
        List<String> source = new ArrayList<>(path.stream().map(Block::text).toList());
        source.add(heading.text());
        CompetencyGroup group = CompetencyGroup.CORE;
        UUID family = null;
        for (Block section : path.reversed()) {
            String text = section.text().toLowerCase(Locale.ROOT);
            JobFamily named = families.stream().filter(f -> text.contains(f.name().toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            if (named != null) {
                group = CompetencyGroup.FUNCTIONAL;
                family = named.id();
                break;
            }
            CompetencyGroup said = groupOf(text);
            if (said != null) {
                group = said;
                if (said == CompetencyGroup.FUNCTIONAL) {
                    notes.add(new Note("competencies.document.family-needed", name));
                }
                break;
            }
        }
        return new ProposedCompetency(name, description, group, family, indicators, source,
                existing.containsKey(name.toLowerCase(Locale.ROOT)));
    }

    private static CompetencyGroup groupOf(String text) {
        if (containsAny(text, "leader", "ledar", "chef", "manag")) {
            return CompetencyGroup.LEADERSHIP;
        }
        if (containsAny(text, "core", "value", "kärn", "värdering", "grund")) {
            return CompetencyGroup.CORE;
        }
        if (containsAny(text, "functional", "funktion", "yrkes", "role-specific", "rollspecifik", "technical",
                "teknisk")) {
            return CompetencyGroup.FUNCTIONAL;
        }
        return null;
    }

    private static boolean containsAny(String text, String... words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Indicators that all carry a level number are put in level order, without the number. */
    private static List<String> ordered(List<String> indicators) {
        List<Matcher> matches = indicators.stream().map(LEVEL_PREFIX::matcher).toList();
        if (indicators.isEmpty() || !matches.stream().allMatch(Matcher::matches)) {
            return new ArrayList<>(indicators);
        }
        List<int[]> order = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            order.add(new int[] {Integer.parseInt(matches.get(i).group(1)), i});
        }
        order.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        List<String> result = new ArrayList<>();
        order.forEach(entry -> result.add(matches.get(entry[1]).group(2).strip()));
        return result;
    }

    private static String bullet(String text) {
        return text.startsWith("•") ? text.substring(1).strip() : text.strip();
    }

    /** The paragraphs right under heading {@code index}, up to the next heading. */
    private static List<Block> body(List<Block> blocks, int index) {
        List<Block> body = new ArrayList<>();
        for (int i = index + 1; i < blocks.size() && !blocks.get(i).isHeading(); i++) {
            body.add(blocks.get(i));
        }
        return body;
    }

    /** The headings directly below heading {@code index}: the shallowest level among those before its next sibling. */
    private static List<Integer> directChildren(List<Block> blocks, int index) {
        int level = blocks.get(index).level();
        List<Integer> below = new ArrayList<>();
        for (int i = index + 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isHeading()) {
                if (block.level() <= level) {
                    break;
                }
                below.add(i);
            }
        }
        int shallowest = below.stream().mapToInt(i -> blocks.get(i).level()).min().orElse(0);
        return below.stream().filter(i -> blocks.get(i).level() == shallowest).toList();
    }
}
