package io.kadens.ai.smart;

import java.util.*;
import org.junit.jupiter.api.Test;

/**
 * Development goals only (never a held-out set): the checker's disagreements, and Relevant with each development file
 * left out in turn: the housekeeping entries ({@link SmartChecker#BUSY_WORK}) that only that file's goals name, and
 * those no development goal names (translations), are taken out before the file is scored, as if the file had not been
 * seen. Figures only; run with -Dtest=SmartLeaveOneFileOutEvaluation (decisions 2026-12-07-smart-tenth-set.md, 2026-12-07-smart-eleventh-set.md, 2026-12-07-smart-twelfth-set.md, 2026-12-07-smart-thirteenth-set.md, 2026-12-07-smart-fourteenth-set.md, 2026-12-07-smart-fifteenth-set.md, 2026-12-07-smart-sixteenth-set.md, 2026-12-07-smart-seventeenth-set.md).
 */
class SmartLeaveOneFileOutEvaluation {
    @Test
    void run() {
        SmartChecker checker = new SmartChecker();
        List<SmartLabelledSet.Goal> dev = SmartLabelledSet.development();
        var counts = SmartLabelledSet.evaluate(checker, dev);
        System.out.println("DEV " + dev.size() + "\n" + SmartLabelledSet.report(counts) + SmartLabelledSet.deadlineReport(checker, dev));
        counts.forEach((c, k) -> k.errors().forEach(e -> System.out.println("ERR " + c.jsonName() + ": " + e)));
        Map<String, List<SmartLabelledSet.Goal>> files = new LinkedHashMap<>();
        files.put("goals", SmartLabelledSet.goals());
        files.put("heldout", SmartLabelledSet.heldOut());
        files.put("blind", SmartLabelledSet.blind());
        files.put("dec6", SmartLabelledSet.heldOutOfDecember6());
        files.put("h3", SmartLabelledSet.heldOutThird());
        files.put("h4", SmartLabelledSet.heldOutFourth());
        files.put("h5", SmartLabelledSet.heldOutFifth());
        files.put("h6", SmartLabelledSet.heldOutSixth());
        files.put("h7", SmartLabelledSet.heldOutSeventh());
        files.put("h8", SmartLabelledSet.heldOutEighth());
        files.put("h9", SmartLabelledSet.heldOutNinth());
        files.put("h10", SmartLabelledSet.heldOutTenth());
        files.put("h11", SmartLabelledSet.heldOutEleventh());
        files.put("h12", SmartLabelledSet.heldOutTwelfth());
        files.put("h13", SmartLabelledSet.heldOutThirteenth());
        files.put("h14", SmartLabelledSet.heldOutFourteenth());
        files.put("h15", SmartLabelledSet.heldOutFifteenth());
        files.put("h16", SmartLabelledSet.heldOutSixteenth());
        List<String> entries = new ArrayList<>(SmartChecker.BUSY_WORK);
        entries.add("logga");
        entries.add("for the staff");
        entries.add("for the board");
        entries.add(SmartChecker.STAFF_GIFT);
        entries.add(SmartChecker.OFFICES_OWN);
        Map<String, Set<String>> firesIn = new LinkedHashMap<>();
        for (String e : entries) {
            Set<String> others = new HashSet<>(entries);
            others.remove(e);
            // The staff's own things are a rule, never left out when a file is scored; it is switched off here only
            // so that each entry is seen alone. Where the rule fires is printed below.
            others.add(SmartChecker.STAFFS_OWN);
            SmartChecker only = new SmartChecker(null, others);
            Set<String> in = new TreeSet<>();
            files.forEach((name, gs) -> gs.stream().filter(g -> g.parent() != null)
                    .filter(g -> only.housekeepingIn(g.text()).isPresent()).forEach(g -> in.add(name)));
            firesIn.put(e, in);
        }
        System.out.println("FIRES " + firesIn);
        Set<String> staffsOwnIn = new TreeSet<>();
        Set<String> withoutRule = new HashSet<>(entries);
        SmartChecker ruleOnly = new SmartChecker(null, withoutRule);
        files.forEach((name, gs) -> gs.stream().filter(g -> g.parent() != null)
                .filter(g -> ruleOnly.housekeepingIn(g.text()).isPresent())
                .forEach(g -> staffsOwnIn.add(name + " " + g.id() + " (" + g.expected(SmartCriterion.RELEVANT) + "): "
                        + g.text())));
        System.out.println("STAFF'S OWN (rule) fires on " + staffsOwnIn);
        int tp = 0, fp = 0, fn = 0;
        for (var f : files.entrySet()) {
            Set<String> out = new HashSet<>();
            firesIn.forEach((e, in) -> {
                if (in.isEmpty() || in.equals(Set.of(f.getKey()))) {
                    out.add(e);
                }
            });
            SmartChecker loo = new SmartChecker(null, out);
            var c = SmartLabelledSet.evaluate(loo, f.getValue()).get(SmartCriterion.RELEVANT);
            var all = SmartLabelledSet.evaluate(checker, f.getValue()).get(SmartCriterion.RELEVANT);
            tp += c.truePass; fp += c.falsePass; fn += c.falseFail;
            System.out.printf("LOO %-8s n=%d left-out=%d R F1 loo %.3f all %.3f%n", f.getKey(), f.getValue().size(),
                    out.size(), c.f1(), all.f1());
            c.errors().forEach(e -> System.out.println("   LOOERR " + e));
        }
        double p = (double) tp / (tp + fp), r = (double) tp / (tp + fn);
        System.out.printf("LOO pooled R F1 %.3f%n", 2 * p * r / (p + r));
    }
}
