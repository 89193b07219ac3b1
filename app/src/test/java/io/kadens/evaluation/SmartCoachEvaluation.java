package io.kadens.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.embedding.MiniLmEmbeddingModel;
import io.kadens.ai.smart.SmartChecker;
import io.kadens.ai.smart.SmartCriterion;
import io.kadens.ai.smart.SmartInput;
import io.kadens.ai.smart.SmartLabelledSet;
import io.kadens.support.KadensSpringTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SMART checker against the hand-labelled goals (ai module's test resources, eval/smart-goals*.json,
 * labelled by eval/smart-goals-rubric.md): per-criterion precision and recall of "pass" (and of "fail") on the
 * development goals, then on the seventeenth held-out set on its own; then the checker's latency
 * (p50/p95 per goal over the set), by rules alone and with sentence embeddings for parent goals.
 * Run with {@code -Peval}; not part of the test suite.
 */
@KadensSpringTest
class SmartCoachEvaluation {

    @Autowired
    EmbeddingModel embeddings;

    @Test
    void smartChecker() {
        SmartChecker rules = new SmartChecker();
        SmartChecker withEmbeddings = new SmartChecker((goal, parent) ->
                MiniLmEmbeddingModel.cosine(embeddings.embed(goal), embeddings.embed(parent)));
        List<SmartLabelledSet.Goal> all = SmartLabelledSet.development();
        System.out.printf("%n=== Evaluation: SMART checker (%d goals, %d en / %d sv, %d with a parent) ===%n", all.size(),
                all.stream().filter(g -> g.language().equals("en")).count(),
                all.stream().filter(g -> g.language().equals("sv")).count(),
                all.stream().filter(g -> g.parent() != null).count());
        // Development: every goal the rules may be tuned on (since 2026-12-06 this includes the held-out and blind
        // sets of 2026-12-05, the first, third and fourth held-out sets of 2026-12-06 and the fifth, sixth, seventh,
        // eighth, ninth, tenth, eleventh, twelfth, thirteenth, fourteenth, fifteenth and sixteenth of 2026-12-07, which had been seen), with its disagreements.
        List<SmartLabelledSet.Goal> development = SmartLabelledSet.development();
        Map<SmartCriterion, SmartLabelledSet.Counts> devCounts = SmartLabelledSet.evaluate(rules, development);
        System.out.printf("%n-- rules, development (%d goals: smart-goals.json, -heldout.json, -blind.json, -heldout-2026-12-06.json, -heldout-3.json, -heldout-4.json, -heldout-5.json, -heldout-6.json, -heldout-7.json, -heldout-8.json, -heldout-9.json, -heldout-10.json, -heldout-11.json, -heldout-12.json, -heldout-13.json, -heldout-14.json, -heldout-15.json, -heldout-16.json) --%n%s%s",
                development.size(), SmartLabelledSet.report(devCounts), SmartLabelledSet.deadlineReport(rules, development));
        devCounts.forEach((criterion, c) -> c.errors().forEach(e -> System.out.println("  " + criterion.jsonName()
                + ": " + e)));
        // The seventeenth held-out set, committed before the checker changed for it (branch heldout17s), on its own. Figures only:
        // its disagreements are printed only when asked for (-Dsmart.heldOut.disagreements=true), so that reading
        // them cannot feed back into the rules before the one final run.
        List<SmartLabelledSet.Goal> heldOut = SmartLabelledSet.heldOutSeventeenth();
        Map<SmartCriterion, SmartLabelledSet.Counts> heldOutCounts = SmartLabelledSet.evaluate(rules, heldOut);
        System.out.printf("%n-- rules, HELD-OUT seventeenth set (%d goals, %d en / %d sv, %d with a parent; target F1 >= 0.93 each) --%n%s",
                heldOut.size(), heldOut.stream().filter(g -> g.language().equals("en")).count(),
                heldOut.stream().filter(g -> g.language().equals("sv")).count(),
                heldOut.stream().filter(g -> g.parent() != null).count(), SmartLabelledSet.report(heldOutCounts));
        long exact = heldOut.stream().filter(g -> g.deadline() != null
                && g.deadline().equals(rules.check(g.input()).deadline().orElse(null))).count();
        System.out.printf("deadlines resolved exactly: %d of %d%n", exact,
                heldOut.stream().filter(g -> g.deadline() != null).count());
        if (Boolean.getBoolean("smart.heldOut.disagreements")) {
            System.out.print(SmartLabelledSet.deadlineReport(rules, heldOut));
            heldOutCounts.forEach((criterion, c) -> c.errors().forEach(e -> System.out.println("  "
                    + criterion.jsonName() + ": " + e)));
        }
        Map<SmartCriterion, SmartLabelledSet.Counts> embedded = SmartLabelledSet.evaluate(withEmbeddings,
                all.stream().filter(g -> g.parent() != null).toList());
        System.out.printf("%n-- rules + embeddings for the parent goal (the alternative measured, not used), goals with a parent --%n%s",
                SmartLabelledSet.report(embedded));
        long languages = all.stream().filter(g -> SmartChecker.detectLanguage(g.text()).equals(g.language())).count();
        System.out.printf("%nlanguage detected correctly: %d of %d%n", languages, all.size());

        // Latency per goal: warm up, then time every goal of the set over several rounds.
        List<Long> byRules = time(rules, all, 30);
        List<Long> byEmbeddings = time(withEmbeddings, all.stream().filter(g -> g.parent() != null).toList(), 10);
        System.out.printf("%nlatency by rules:                 p50 %.3f ms, p95 %.3f ms, max %.3f ms (%d checks)%n",
                percentile(byRules, 50), percentile(byRules, 95), percentile(byRules, 100), byRules.size());
        System.out.printf("latency with embeddings (parent, not used): p50 %.3f ms, p95 %.3f ms, max %.3f ms (%d checks)%n",
                percentile(byEmbeddings, 50), percentile(byEmbeddings, 95), percentile(byEmbeddings, 100),
                byEmbeddings.size());
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
    }

    private static List<Long> time(SmartChecker checker, List<SmartLabelledSet.Goal> goals, int rounds) {
        for (SmartLabelledSet.Goal goal : goals) {
            checker.check(goal.input());
        }
        List<Long> nanos = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (SmartLabelledSet.Goal goal : goals) {
                SmartInput input = goal.input();
                long start = System.nanoTime();
                checker.check(input);
                nanos.add(System.nanoTime() - start);
            }
        }
        Collections.sort(nanos);
        return nanos;
    }

    private static double percentile(List<Long> sorted, int percentile) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
}
