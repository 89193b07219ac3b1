package io.kadens.ai.smart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-labelled SMART goals (src/test/resources/eval/smart-goals.json) and the per-criterion
 * precision and recall of a checker against them. Shared with app's evaluation harness.
 */
public final class SmartLabelledSet {

    /** When the goal was written and in which period and fiscal year: what deadlines resolve against. */
    public record Context(LocalDate today, String fiscalYearStart, LocalDate periodStart, LocalDate periodEnd) {
    }

    public record Goal(String id, String split, String text, String language, String parent,
                       Map<String, Boolean> expected, Context context, LocalDate deadline) {

        public boolean expected(SmartCriterion criterion) {
            return expected.get(criterion.jsonName());
        }

        public SmartInput input() {
            if (context == null) {
                return new SmartInput(text, null, parent, null);
            }
            return new SmartInput(text, null, parent, context.periodEnd(), context.periodStart(),
                    context.fiscalYearStart() == null ? null : MonthDay.parse("--" + context.fiscalYearStart()),
                    context.today());
        }
    }

    record Document(String description, List<Goal> goals) {
    }

    /** Counts for one criterion, "pass" being the positive class. */
    public static final class Counts {
        int truePass;
        int falsePass;
        int trueFail;
        int falseFail;
        final List<String> errors = new ArrayList<>();

        public double precision() {
            return truePass + falsePass == 0 ? 1 : (double) truePass / (truePass + falsePass);
        }

        public double recall() {
            return truePass + falseFail == 0 ? 1 : (double) truePass / (truePass + falseFail);
        }

        /** Precision of "fail": how often a failed criterion really was missing. */
        public double failPrecision() {
            return trueFail + falseFail == 0 ? 1 : (double) trueFail / (trueFail + falseFail);
        }

        public double failRecall() {
            return trueFail + falsePass == 0 ? 1 : (double) trueFail / (trueFail + falsePass);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double accuracy() {
            int all = truePass + falsePass + trueFail + falseFail;
            return all == 0 ? 1 : (double) (truePass + trueFail) / all;
        }

        public List<String> errors() {
            return errors;
        }
    }

    private SmartLabelledSet() {
    }

    /** The goals the rules were written with, and an older held-out part ("dev" and "holdout"). */
    public static List<Goal> goals() {
        return load("/eval/smart-goals.json");
    }

    /**
     * The goals written on 2026-12-05 before the checker was changed for relative, fiscal and span
     * deadlines (held out then, development material since 2026-12-06). Each may carry its deadline.
     */
    public static List<Goal> heldOut() {
        return load("/eval/smart-goals-heldout.json");
    }

    /** Goals written after the checker's first changes of 2026-12-05, run once blind; development since 2026-12-06. */
    public static List<Goal> blind() {
        return load("/eval/smart-goals-blind.json");
    }

    /**
     * All goals the checker may be tuned on: the original set (both its splits), the held-out set of
     * 2026-12-05, the blind set of 2026-12-05, the held-out set of 2026-12-06 (morning) and the third held-out
     * set (2026-12-06, evening), the fourth held-out set (2026-12-06, night), the fifth, the sixth and the seventh
     * held-out sets, the eighth, the ninth, the tenth, the eleventh, the twelfth, the thirteenth, the fourteenth, the fifteenth and the sixteenth (2026-12-07). Each was seen when it was run, so it became
     * development material (decisions 2026-12-06-smart-checker-new-held-out-set.md,
     * 2026-12-06-smart-relevant-self-improvement.md, 2026-12-06-smart-measurable-relevant-fourth-set.md,
     * 2026-12-07-smart-fifth-set.md, 2026-12-07-smart-sixth-set.md, 2026-12-07-smart-seventh-set.md,
     * 2026-12-07-smart-eighth-set.md, 2026-12-07-smart-ninth-set.md, 2026-12-07-smart-tenth-set.md,
     * 2026-12-07-smart-eleventh-set.md, 2026-12-07-smart-twelfth-set.md, 2026-12-07-smart-thirteenth-set.md,
     * 2026-12-07-smart-fourteenth-set.md, 2026-12-07-smart-fifteenth-set.md, 2026-12-07-smart-sixteenth-set.md and
     * 2026-12-07-smart-seventeenth-set.md).
     */
    public static List<Goal> development() {
        List<Goal> all = new ArrayList<>(goals());
        all.addAll(heldOut());
        all.addAll(blind());
        all.addAll(heldOutOfDecember6());
        all.addAll(heldOutThird());
        all.addAll(heldOutFourth());
        all.addAll(heldOutFifth());
        all.addAll(heldOutSixth());
        all.addAll(heldOutSeventh());
        all.addAll(heldOutEighth());
        all.addAll(heldOutNinth());
        all.addAll(heldOutTenth());
        all.addAll(heldOutEleventh());
        all.addAll(heldOutTwelfth());
        all.addAll(heldOutThirteenth());
        all.addAll(heldOutFourteenth());
        all.addAll(heldOutFifteenth());
        all.addAll(heldOutSixteenth());
        return List.copyOf(all);
    }

    /**
     * The held-out goals written and committed on 2026-12-06 (morning), before the checker changed for them,
     * labelled by eval/smart-goals-rubric.md. Run once on 2026-12-06; development material since then.
     */
    public static List<Goal> heldOutOfDecember6() {
        return load("/eval/smart-goals-heldout-2026-12-06.json");
    }

    /**
     * The third held-out set (50 goals, 25 en / 25 sv), written and committed on 2026-12-06 (evening) in a
     * commit of its own, before the checker changed for it, labelled by eval/smart-goals-rubric.md. Run once
     * on 2026-12-06; development material since then.
     */
    public static List<Goal> heldOutThird() {
        return load("/eval/smart-goals-heldout-3.json");
    }

    /**
     * The fourth held-out set (50 goals, 25 en / 25 sv), written and committed on 2026-12-06 (night) in a
     * commit of its own, before the checker changed for it, labelled by eval/smart-goals-rubric.md. Run once on
     * 2026-12-06; development material since 2026-12-07.
     */
    public static List<Goal> heldOutFourth() {
        return load("/eval/smart-goals-heldout-4.json");
    }

    /**
     * The fifth held-out set (50 goals, 25 en / 25 sv, 21 with a parent goal), written and committed on 2026-12-07
     * in a commit of its own (9ccb3a5), before the checker changed for it, labelled by eval/smart-goals-rubric.md.
     * Run once before and once after that round; development material since the sixth set was written.
     */
    public static List<Goal> heldOutFifth() {
        return load("/eval/smart-goals-heldout-5.json");
    }

    /**
     * The sixth held-out set (50 goals, 25 en / 25 sv, 20 with a parent goal, ids h7-), written and committed on
     * 2026-12-07 in a commit of its own (c8be050), before the checker changed for it, labelled by
     * eval/smart-goals-rubric.md. Run once before and once after that round; development material since the
     * seventh set was written.
     */
    public static List<Goal> heldOutSixth() {
        return load("/eval/smart-goals-heldout-6.json");
    }

    /**
     * The seventh held-out set (50 goals, 25 en / 25 sv, 20 with a parent goal, ids h8-), written and committed on
     * 2026-12-07 in a commit of its own (50df624), before the checker changed for it, labelled by
     * eval/smart-goals-rubric.md. Run once before and once after that round; development material since the
     * eighth set was written.
     */
    public static List<Goal> heldOutSeventh() {
        return load("/eval/smart-goals-heldout-7.json");
    }

    /**
     * The eighth held-out set (40 goals, 20 en / 20 sv, 24 with a parent goal, ids h9-), written and committed on
     * 2026-12-07 in a commit of its own (d82bb8a), before the checker changed for it, labelled by
     * eval/smart-goals-rubric.md. Run once before and once after that round; development material since the
     * ninth set was written.
     */
    public static List<Goal> heldOutEighth() {
        return load("/eval/smart-goals-heldout-8.json");
    }

    /**
     * The ninth held-out set (50 goals, 25 en / 25 sv, 20 with a parent goal, ids h10-), written and committed on
     * 2026-12-07 in a commit of its own (e09eafd), before the checker changed for it, labelled by
     * eval/smart-goals-rubric.md. Run once before and once after that round; development material since the
     * tenth set was written.
     */
    public static List<Goal> heldOutNinth() {
        return load("/eval/smart-goals-heldout-9.json");
    }

    /**
     * The tenth held-out set (50 goals, 25 en / 25 sv, 20 with a parent goal, ids h11-), written and committed on
     * 2026-12-07 in a commit of its own (1cae9f7), before the checker changed for it, labelled by
     * eval/smart-goals-rubric.md. Run once before and once after that round; development material since the
     * eleventh set was written.
     */
    public static List<Goal> heldOutTenth() {
        return load("/eval/smart-goals-heldout-10.json");
    }

    /**
     * The eleventh held-out set (ids h12-), written and committed on 2026-12-07 in a commit of its own on branch
     * heldout11s by a writer who never read the checker, labelled by eval/smart-goals-rubric.md. Run once before
     * and once after that round; development material since the twelfth set was written.
     */
    public static List<Goal> heldOutEleventh() {
        return load("/eval/smart-goals-heldout-11.json");
    }

    /**
     * The twelfth held-out set (ids h13-), written and committed on 2026-12-07 in a commit of its own on branch
     * heldout12s by a writer who never read the checker, labelled by eval/smart-goals-rubric.md. Run once before
     * and once after that round; development material since the thirteenth set was written.
     */
    public static List<Goal> heldOutTwelfth() {
        return load("/eval/smart-goals-heldout-12.json");
    }

    /**
     * The thirteenth held-out set (ids h14-), written and committed on 2026-12-07 in a commit of its own on branch
     * heldout13s by a writer who never read the checker, labelled by eval/smart-goals-rubric.md. Run once before
     * and once after that round; development material since the fourteenth set was written.
     */
    public static List<Goal> heldOutThirteenth() {
        return load("/eval/smart-goals-heldout-13.json");
    }

    /**
     * The fourteenth held-out set (ids h15-), written and committed on 2026-12-07 in a commit of its own on branch
     * heldout14s by a writer who never read the checker, labelled by eval/smart-goals-rubric.md. Run once before
     * and once after that round; development material since the fifteenth set was written.
     */
    public static List<Goal> heldOutFourteenth() {
        return load("/eval/smart-goals-heldout-14.json");
    }

    /**
     * The fifteenth held-out set (ids h16-), written and committed on 2026-12-07 in a commit of its own on branch
     * heldout15s by a writer who never read the checker, labelled by eval/smart-goals-rubric.md. Run once before
     * and once after that round; development material since the sixteenth set was written.
     */
    public static List<Goal> heldOutFifteenth() {
        return load("/eval/smart-goals-heldout-15.json");
    }

    /**
     * The sixteenth held-out set (ids h17-), written and committed on 2026-12-07 in a commit of its own on branch
     * heldout16s by a writer who never read the checker, labelled by eval/smart-goals-rubric.md. Run once before
     * and once after that round; development material since the seventeenth set was written.
     */
    public static List<Goal> heldOutSixteenth() {
        return load("/eval/smart-goals-heldout-16.json");
    }

    /**
     * The seventeenth held-out set (ids h18-), written and committed on 2026-12-07 in a commit of its own on branch
     * heldout17s by a writer who never read the checker, labelled by eval/smart-goals-rubric.md. Never used to tune
     * the checker; reported on its own by -Peval, figures only.
     */
    public static List<Goal> heldOutSeventeenth() {
        return load("/eval/smart-goals-heldout-17.json");
    }

    /** Goals with an expected deadline, and the share the checker resolves to exactly that day. */
    public static String deadlineReport(SmartChecker checker, List<Goal> goals) {
        int with = 0;
        int right = 0;
        StringBuilder wrong = new StringBuilder();
        for (Goal goal : goals) {
            if (goal.deadline() == null) {
                continue;
            }
            with++;
            LocalDate resolved = checker.check(goal.input()).deadline().orElse(null);
            if (goal.deadline().equals(resolved)) {
                right++;
            } else {
                wrong.append(String.format("  %s resolved %s, expected %s: %s%n", goal.id(), resolved, goal.deadline(),
                        goal.text()));
            }
        }
        return String.format("deadlines resolved exactly: %d of %d (%.3f)%n%s", right, with,
                with == 0 ? 1.0 : (double) right / with, wrong);
    }

    private static List<Goal> load(String resource) {
        try (InputStream in = SmartLabelledSet.class.getResourceAsStream(resource)) {
            return JsonMapper.builder().build().readValue(in, Document.class).goals();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Goal> split(String split) {
        return goals().stream().filter(goal -> goal.split().equals(split)).toList();
    }

    public static Map<SmartCriterion, Counts> evaluate(SmartChecker checker, List<Goal> goals) {
        Map<SmartCriterion, Counts> counts = new EnumMap<>(SmartCriterion.class);
        for (SmartCriterion criterion : SmartCriterion.values()) {
            counts.put(criterion, new Counts());
        }
        for (Goal goal : goals) {
            SmartAssessment assessment = checker.check(goal.input());
            for (SmartCriterion criterion : SmartCriterion.values()) {
                Counts c = counts.get(criterion);
                boolean expected = goal.expected(criterion);
                boolean actual = assessment.passes(criterion);
                if (expected && actual) {
                    c.truePass++;
                } else if (!expected && actual) {
                    c.falsePass++;
                    c.errors.add(goal.id() + " passed, expected fail: " + goal.text());
                } else if (!expected) {
                    c.trueFail++;
                } else {
                    c.falseFail++;
                    c.errors.add(goal.id() + " failed, expected pass: " + goal.text());
                }
            }
        }
        return counts;
    }

    /** A table of the figures, one line per criterion. */
    public static String report(Map<SmartCriterion, Counts> counts) {
        StringBuilder out = new StringBuilder(String.format("%-11s %9s %7s %6s %9s %9s %8s%n", "criterion",
                "precision", "recall", "F1", "fail-prec", "fail-rec", "accuracy"));
        counts.forEach((criterion, c) -> out.append(String.format("%-11s %9.3f %7.3f %6.3f %9.3f %9.3f %8.3f%n",
                criterion.jsonName(), c.precision(), c.recall(), c.f1(), c.failPrecision(), c.failRecall(),
                c.accuracy())));
        return out.toString();
    }
}
