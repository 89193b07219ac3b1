package io.kadens.ai.grounding;

import io.kadens.ai.Draft;
import io.kadens.ai.DraftStatement;
import io.kadens.ai.Evidence;
import io.kadens.ai.SourceRef;
import io.kadens.ai.VerifiedDraft;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled grounding cases (src/test/resources/eval/grounding-*.json): sources with statements
 * that agree with them ("faithful") and adversarial ones (wrong number or date, negation, a person not
 * in the source, an exaggeration). Each statement cites its source alone. Shared with app's harness.
 */
public final class GroundingLabelledSet {

    public record Labelled(String text, String kind) {
        public boolean faithful() {
            return kind.equals("faithful");
        }
    }

    public record Case(String id, String language, String source, List<Labelled> statements) {
    }

    record Document(String description, List<Case> sources) {
    }

    /** Kept faithful statements, dropped adversarial ones, per kind, and the statements judged wrongly. */
    public record Result(int faithful, int faithfulKept, int adversarial, int adversarialDropped,
                         Map<String, int[]> droppedByKind, List<String> errors) {

        public double faithfulKeptRate() {
            return faithful == 0 ? 1 : (double) faithfulKept / faithful;
        }

        public double adversarialDroppedRate() {
            return adversarial == 0 ? 1 : (double) adversarialDropped / adversarial;
        }

        public String report() {
            StringBuilder out = new StringBuilder(String.format("faithful kept %d of %d (%.3f); adversarial dropped"
                    + " %d of %d (%.3f)%n", faithfulKept, faithful, faithfulKeptRate(), adversarialDropped, adversarial,
                    adversarialDroppedRate()));
            droppedByKind.forEach((kind, counts) -> out.append(String.format("  %-13s dropped %d of %d%n", kind,
                    counts[0], counts[1])));
            return out.toString();
        }
    }

    private GroundingLabelledSet() {
    }

    public static List<Case> development() {
        return load("/eval/grounding-dev.json");
    }

    /** Written on 2026-12-05 before the fact checks existed; never used to tune them. */
    public static List<Case> heldOut() {
        return load("/eval/grounding-heldout.json");
    }

    private static List<Case> load(String resource) {
        try (InputStream in = GroundingLabelledSet.class.getResourceAsStream(resource)) {
            return JsonMapper.builder().build().readValue(in, Document.class).sources();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Result evaluate(StatementVerifier verifier, List<Case> cases) {
        int faithful = 0;
        int kept = 0;
        int adversarial = 0;
        int dropped = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (Case c : cases) {
            Evidence evidence = new Evidence("S1", new SourceRef("content", c.id()), c.source());
            for (Labelled statement : c.statements()) {
                VerifiedDraft result = verifier.verify(new Draft(List.of(new DraftStatement(statement.text(),
                        List.of("S1")))), List.of(evidence));
                boolean wasKept = !result.statements().isEmpty();
                String why = result.dropped().isEmpty() ? "kept" : result.dropped().getFirst().reason().name();
                int[] counts = byKind.computeIfAbsent(statement.kind(), k -> new int[2]);
                counts[1]++;
                if (!wasKept) {
                    counts[0]++;
                }
                if (statement.faithful()) {
                    faithful++;
                    if (wasKept) {
                        kept++;
                    } else {
                        errors.add(c.id() + " faithful statement dropped (" + why + "): " + statement.text());
                    }
                } else {
                    adversarial++;
                    if (!wasKept) {
                        dropped++;
                    } else {
                        errors.add(c.id() + " " + statement.kind() + " kept: " + statement.text());
                    }
                }
            }
        }
        return new Result(faithful, kept, adversarial, dropped, byKind, errors);
    }
}
