package io.kadens.evaluation;

import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.goals.GoalData;
import io.kadens.goals.GoalKind;
import io.kadens.goals.GoalLevel;
import io.kadens.goals.GoalTracking;
import io.kadens.goals.GoalVisibility;
import io.kadens.goals.Goals;
import io.kadens.goals.KeyResultData;
import io.kadens.goals.KeyResultType;
import io.kadens.goals.coach.CoachCheck;
import io.kadens.goals.coach.CoachRequest;
import io.kadens.goals.coach.CoachSuggestions;
import io.kadens.goals.coach.SmartCoachService;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMART coach's offline suggestions on the held-out goals of
 * src/test/resources/eval/coach-suggestions-heldout.json, judged by the written rubric (the file's
 * description and docs/decisions/2026-12-05-smart-coach-suggestions.md) against the company's goals
 * it is given. Prints every suggestion with its verdict and the share that passes. Run with
 * {@code -Peval}; not part of the test suite.
 */
@KadensSpringTest
class SmartCoachSuggestionEvaluation {

    record CompanyGoal(String title, String metric, int from, int to) {
    }

    record HeldOutGoal(String text, List<String> fitting) {
    }

    record Fixture(String description, LocalDate periodEnd, List<CompanyGoal> company, List<HeldOutGoal> goals) {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

    @Autowired
    TestTenants tenants;
    @Autowired
    Goals goals;
    @Autowired
    GoalTracking goalTracking;
    @Autowired
    SmartCoachService coach;

    @Test
    void suggestionsOnHeldOutGoals() {
        Fixture fixture = fixture();
        Company company = tenants.create("evalcoach");
        Map<String, CompanyGoal> byId = new HashMap<>();
        for (CompanyGoal goal : fixture.company()) {
            UUID id = signedIn(TestTenants.as(company, company.ceo()), () -> {
                UUID created = goals.create(new GoalData(goal.title(), "", GoalLevel.COMPANY, null, null,
                        company.ceo().id(), Set.of(), null, GoalVisibility.TENANT, null,
                        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null, GoalKind.BUSINESS));
                goalTracking.addKeyResult(created, new KeyResultData(goal.metric(), KeyResultType.NUMERIC,
                        BigDecimal.valueOf(goal.from()), BigDecimal.valueOf(goal.to()), BigDecimal.valueOf(goal.from()),
                        null, null, List.of()));
                return created;
            });
            byId.put(id.toString(), goal);
        }
        int shown = 0;
        int passed = 0;
        int questions = 0;
        System.out.printf("%n=== Evaluation: SMART coach suggestions, held-out goals (%d), rubric ===%n",
                fixture.goals().size());
        for (HeldOutGoal goal : fixture.goals()) {
            CoachRequest request = new CoachRequest(goal.text(), null, null, fixture.periodEnd());
            CoachCheck original = signedIn(TestTenants.as(company, company.employee()), () -> coach.check(request));
            CoachSuggestions result = signedIn(TestTenants.as(company, company.employee()),
                    () -> coach.suggest(request));
            System.out.printf("%n%s%n", goal.text());
            for (CoachSuggestions.Suggestion suggestion : result.suggestions()) {
                String verdict = judge(goal, suggestion, original, byId, fixture);
                shown++;
                if (verdict.equals("pass")) {
                    passed++;
                }
                if ("QUESTION".equals(suggestion.kind())) {
                    questions++;
                }
                System.out.printf("  [%s] %s %s%s%n", verdict, suggestion.kind(), suggestion.text(),
                        suggestion.metrics().isEmpty() ? "" : " metrics " + suggestion.metrics());
            }
        }
        System.out.printf("%nsuggestions passing the rubric: %d of %d (%.3f), %d of them questions%n", passed, shown,
                shown == 0 ? 0 : (double) passed / shown, questions);
        assertThat(shown).isPositive();
    }

    /** "pass", or the first rubric point the suggestion fails. */
    static String judge(HeldOutGoal goal, CoachSuggestions.Suggestion suggestion, CoachCheck original,
                        Map<String, CompanyGoal> byId, Fixture fixture) {
        Set<String> fitting = new java.util.HashSet<>();
        goal.fitting().forEach(metric -> fitting.add(metric.toLowerCase(Locale.ROOT)));
        if ("QUESTION".equals(suggestion.kind())) {
            return suggestion.metrics().stream().allMatch(m -> fitting.contains(m.toLowerCase(Locale.ROOT)))
                    ? "pass" : "1: offers a metric off the goal's topic";
        }
        String text = suggestion.text().toLowerCase(Locale.ROOT);
        String originalText = goal.text().toLowerCase(Locale.ROOT);
        for (CompanyGoal company : byId.values()) {
            String metric = company.metric().toLowerCase(Locale.ROOT);
            if (text.contains(metric) && !originalText.contains(metric) && !fitting.contains(metric)) {
                return "1: adds the metric " + company.metric() + ", off the goal's topic";
            }
        }
        List<String> grounds = new ArrayList<>(List.of("30", "2027",
                String.valueOf(fixture.periodEnd().getDayOfMonth()), String.valueOf(fixture.periodEnd().getYear())));
        for (CoachSuggestions.Citation citation : suggestion.citations()) {
            CompanyGoal cited = byId.get(citation.id());
            if (cited != null) {
                grounds.add(String.valueOf(cited.from()));
                grounds.add(String.valueOf(cited.to()));
            }
        }
        Matcher numbers = NUMBER.matcher(text);
        while (numbers.find()) {
            if (!originalText.contains(numbers.group()) && !grounds.contains(numbers.group())) {
                return "2: the number " + numbers.group() + " is in no cited source";
            }
        }
        if (!suggestion.criteria().criteria().get("achievable").pass()) {
            return "3: not achievable";
        }
        if (!text.startsWith(originalText.replaceAll("[.!\\s]+$", ""))) {
            return "4: the goal's own words are not kept";
        }
        boolean fixes = original.criteria().entrySet().stream().anyMatch(e -> !e.getValue().pass()
                && suggestion.criteria().criteria().get(e.getKey()).pass());
        return fixes ? "pass" : "5: fixes nothing the goal failed";
    }

    static Fixture fixture() {
        try (InputStream in = SmartCoachSuggestionEvaluation.class.getResourceAsStream(
                "/eval/coach-suggestions-heldout.json")) {
            return JsonMapper.builder().build().readValue(in, Fixture.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
