package io.kadens.goals.coach;

import io.kadens.ai.AiMode;
import io.kadens.ai.AiResult;
import io.kadens.ai.Languages;
import io.kadens.ai.PersonalDataRedactor;
import io.kadens.ai.SourceRef;
import io.kadens.ai.smart.SmartAssessment;
import io.kadens.ai.smart.SmartCoach;
import io.kadens.ai.smart.SmartCriterion;
import io.kadens.ai.smart.SmartInput;
import io.kadens.ai.smart.SmartRequest;
import io.kadens.ai.smart.SmartSuggestion;
import io.kadens.ai.smart.SmartVerdict;
import io.kadens.goals.GoalBrief;
import io.kadens.goals.GoalQueries;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.KadensTranslations;
import io.kadens.security.CurrentUser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The SMART goal coach for the signed-in person: the checklist (rules, offline, always available)
 * and suggestions (off when the tenant switched AI off). A parent goal the person may not see
 * answers exactly like a missing one; similar goals are cited only when the goals module says the
 * person may see them. Reasons come back in the goal's own language.
 */
@Service
public class SmartCoachService {

    public static final int MAX_TEXT_LENGTH = 1000;

    private final SmartCoach coach;
    private final GoalQueries goals;
    private final KadensTranslations translations;
    private final CurrentUser currentUser;
    private final io.kadens.settings.TenantSettingsService settings;

    SmartCoachService(SmartCoach coach, GoalQueries goals, KadensTranslations translations, CurrentUser currentUser,
                      io.kadens.settings.TenantSettingsService settings) {
        this.settings = settings;
        this.coach = coach;
        this.goals = goals;
        this.translations = translations;
        this.currentUser = currentUser;
    }

    /** The checklist (rules only, well under a millisecond: the editor calls it while the goal is typed). */
    public CoachCheck check(CoachRequest request) {
        return toCheck(coach.check(prepare(request).input()));
    }

    /** Whether suggestions are available to the signed-in person's tenant now. */
    public boolean suggestionsEnabled() {
        return currentUser.require().tenantId() != null && coach.mode() != AiMode.OFF;
    }

    public CoachSuggestions suggest(CoachRequest request) {
        Prepared prepared = prepare(request);
        String language = prepared.input().language() != null ? prepared.input().language()
                : io.kadens.ai.smart.SmartChecker.detectLanguage(prepared.input().text());
        // Someone of no tenant (the operator) has no goals or content to draw on, nor an AI mode.
        AiResult<List<SmartSuggestion>> result = currentUser.require().tenantId() == null ? AiResult.off()
                : coach.suggest(new SmartRequest(prepared.input(), prepared.parent(),
                        PersonalDataRedactor.People.none()));
        Locale locale = locale(language);
        String message = result.mode() == io.kadens.ai.AnswerMode.OFF
                ? translations.getTranslation("coach.suggest.off", locale)
                : translations.getTranslation(result.messageKey(), locale);
        List<CoachSuggestions.Suggestion> suggestions = result.value() == null ? List.of() : result.value().stream()
                .map(s -> new CoachSuggestions.Suggestion(s.text(), toCheck(s.assessment()), s.assessment().score(),
                        s.citations().stream().map(c -> new CoachSuggestions.Citation(c.source().type(),
                                c.source().id(), c.title(), c.link())).toList(), s.kind().name(), s.metrics()))
                .toList();
        return new CoachSuggestions(suggestions, result.mode().name(),
                result.fallbackReason() == null ? null : result.fallbackReason().name(), message, language);
    }

    private record Prepared(SmartInput input, SmartRequest.Parent parent) {
    }

    private Prepared prepare(CoachRequest request) {
        String text = request == null || request.text() == null ? "" : request.text().strip();
        String language = request == null ? null : request.language();
        new InvalidInputException.Collector()
                .check(text.length() <= MAX_TEXT_LENGTH, "text", "coach.error.text.long")
                .check(language == null || language.isBlank() || isSupported(language), "language",
                        "coach.error.language.invalid")
                .throwIfAny();
        currentUser.require();
        String normalisedLanguage = language == null || language.isBlank() ? null : Languages.require(language);
        SmartRequest.Parent parent = null;
        String parentText = null;
        if (request != null && request.parentGoalId() != null) {
            // Hidden and missing parents are the same to the caller: a field error, nothing more.
            GoalBrief brief = (currentUser.require().tenantId() == null ? Optional.<GoalBrief>empty()
                    : goals.visibleGoal(request.parentGoalId())).orElseThrow(() -> InvalidInputException.of("parentGoalId", "coach.error.parent.notFound"));
            parentText = brief.description() == null || brief.description().isBlank() ? brief.title()
                    : brief.title() + ". " + brief.description();
            parent = new SmartRequest.Parent(SourceRef.of(SmartCoach.GOAL, brief.id()), brief.title(),
                    "goals/" + brief.id());
        }
        // Fiscal deadlines ("before our financial year closes") are read in the tenant's fiscal year.
        boolean inTenant = currentUser.require().tenantId() != null;
        java.time.MonthDay fiscalYearStart = inTenant
                ? java.time.MonthDay.of(settings.current().fiscalYearStartMonth(), 1) : null;
        // "Next spring" and "this quarter" count from the organisation's day, not the server's.
        LocalDate today = inTenant ? LocalDate.now(settings.zone()) : LocalDate.now(java.time.ZoneOffset.UTC);
        return new Prepared(new SmartInput(text, normalisedLanguage, parentText,
                request == null ? null : request.periodEnd(), null, fiscalYearStart, today), parent);
    }

    private static boolean isSupported(String language) {
        try {
            Languages.require(language);
            return language.strip().length() == 2;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private CoachCheck toCheck(SmartAssessment assessment) {
        Locale locale = locale(assessment.language());
        Map<String, CoachCheck.Criterion> criteria = new LinkedHashMap<>();
        for (SmartCriterion criterion : SmartCriterion.values()) {
            SmartVerdict verdict = assessment.verdict(criterion);
            criteria.put(criterion.jsonName(), new CoachCheck.Criterion(verdict.pass(), reason(verdict, locale)));
        }
        return new CoachCheck(criteria, assessment.language());
    }

    private String reason(SmartVerdict verdict, Locale locale) {
        Object[] args = verdict.args().stream().map(arg -> arg instanceof LocalDate date
                ? date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))
                : String.valueOf(arg)).toArray();
        return translations.getTranslation(verdict.reason().messageKey(), locale, args);
    }

    static Locale locale(String language) {
        return Languages.SWEDISH.equals(language) ? KadensTranslations.SWEDISH : KadensTranslations.ENGLISH;
    }

}
