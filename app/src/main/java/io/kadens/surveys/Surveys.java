package io.kadens.surveys;

import io.kadens.ai.AiResult;
import io.kadens.ai.PersonalDataRedactor;
import io.kadens.ai.summary.FeedbackItem;
import io.kadens.ai.summary.FeedbackSummaries;
import io.kadens.ai.summary.FeedbackSummary;
import io.kadens.ai.summary.Polarity;
import io.kadens.ai.summary.SummaryRequest;
import io.kadens.ai.summary.SummarySource;
import io.kadens.audit.AuditLog;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.KadensTranslations;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.rollout.FeatureAccess;
import io.kadens.rollout.PilotGroup;
import io.kadens.rollout.RolloutPlanning;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import io.kadens.tenants.TenantScope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys (issue 16, step 9). HR admins create a survey from a template for an audience, open it (which fixes
 * whom it asks) and close it; the people asked answer while it is open, and answering again replaces their
 * earlier answers. Results are anonymous: counts, averages and texts of groups of at least the tenant's
 * anonymity threshold, never who answered what.
 */
@Service
public class Surveys {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;
    static final int MAX_PROMPT = 500;
    static final int MAX_QUESTIONS = 30;

    private final SurveyRepository repository;
    private final OrgFacts org;
    private final RolloutPlanning rollout;
    private final FeatureAccess featureAccess;
    private final TenantSettingsService settings;
    private final KadensTranslations translations;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final FeedbackSummaries summaries;
    private final java.time.Clock clock;

    Surveys(SurveyRepository repository, OrgFacts org, RolloutPlanning rollout, FeatureAccess featureAccess,
            TenantSettingsService settings, KadensTranslations translations, CurrentUser currentUser, AuditLog audit,
            FeedbackSummaries summaries, java.time.Clock clock) {
        this.summaries = summaries;
        this.clock = clock;
        this.repository = repository;
        this.org = org;
        this.rollout = rollout;
        this.featureAccess = featureAccess;
        this.settings = settings;
        this.translations = translations;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    // ------------------------------------------------------------------ HR admins

    /** Every survey of the tenant, newest first, with its participation. */
    @Transactional(readOnly = true)
    public List<Survey> all() {
        requireHrAdmin();
        List<SurveyRepository.SurveyRow> rows = repository.surveys();
        Map<UUID, List<SurveyQuestion>> questions = repository.questions(rows.stream().map(SurveyRepository.SurveyRow::id).toList());
        Map<UUID, Integer> invited = repository.invitedCounts();
        Map<UUID, Integer> responded = repository.respondedCounts();
        return rows.stream().map(row -> new Survey(row.id(), row.version(), row.title(), row.template(), row.audience(),
                row.audienceId(), row.status(), questions.getOrDefault(row.id(), List.of()),
                invited.getOrDefault(row.id(), 0), responded.getOrDefault(row.id(), 0), row.revision())).toList();
    }

    @Transactional(readOnly = true)
    public Survey survey(UUID id) {
        return all().stream().filter(survey -> survey.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("survey", id));
    }

    /** Creates a draft survey with the template's questions in English and Swedish; returns its id. */
    @Transactional
    public UUID create(NewSurvey survey) {
        requireHrAdmin();
        var errors = new InvalidInputException.Collector();
        if (survey == null) {
            errors.check(false, "title", "surveys.error.title").throwIfAny();
            return null;
        }
        errors.check(survey.title() != null && !survey.title().isBlank() && survey.title().strip().length() <= MAX_TITLE,
                "title", "surveys.error.title");
        errors.check(survey.template() != null, "template", "surveys.error.template");
        errors.check(survey.audience() != null, "audience", "surveys.error.audience");
        errors.check(survey.audience() == null || survey.audience() == AudienceKind.EVERYONE
                || survey.audienceId() != null, "audienceId", "surveys.error.audience");
        errors.check(survey.template() == null || survey.template().fromBank() || survey.bankQuestions().isEmpty(),
                "bankQuestions", "surveys.error.bank");
        errors.check(survey.bankQuestions().stream().distinct().count() == survey.bankQuestions().size(),
                "bankQuestions", "surveys.error.bank");
        errors.throwIfAny();
        checkAudience(survey.audience(), survey.audienceId());
        List<SurveyQuestion> questions = new ArrayList<>();
        List<SurveyTemplate.TemplateQuestion> template = survey.bankQuestions().isEmpty() ? survey.template().questions()
                : survey.bankQuestions().stream().map(SurveyTemplate.TemplateQuestion::of).toList();
        for (int position = 0; position < template.size(); position++) {
            String key = template.get(position).promptKey();
            questions.add(new SurveyQuestion(position, template.get(position).kind(),
                    translations.getTranslation(key, KadensTranslations.ENGLISH),
                    translations.getTranslation(key, KadensTranslations.SWEDISH)));
        }
        UUID id = UUID.randomUUID();
        repository.insertSurvey(id, survey, questions);
        audit.record("survey.created", "survey", id.toString(), null, survey);
        return id;
    }

    /**
     * Opens a draft or closed survey. The first opening fixes whom it asks: the audience's active people with
     * their department and whether they are in a pilot group, so later moves change neither the denominator of
     * the participation rate nor the groups of the results. Returns the new version.
     */
    @Transactional
    public long open(UUID id, long expectedVersion) {
        requireHrAdmin();
        SurveyRepository.SurveyRow survey = repository.survey(id).orElseThrow(() -> new ResourceNotFoundException("survey", id));
        if (!repository.hasInvitees(id)) {
            Set<UUID> pilot = featureAccess.pilotPeople();
            repository.insertInvitees(id, audienceOf(survey).stream()
                    .map(person -> new SurveyRepository.Invitee(person.id(), person.departmentId(), pilot.contains(person.id())))
                    .toList());
        }
        return changeStatus(survey, expectedVersion, SurveyStatus.OPEN);
    }

    /** Closes a survey: it keeps its answers and refuses new ones. Returns the new version. */
    @Transactional
    public long close(UUID id, long expectedVersion) {
        requireHrAdmin();
        SurveyRepository.SurveyRow survey = repository.survey(id).orElseThrow(() -> new ResourceNotFoundException("survey", id));
        return changeStatus(survey, expectedVersion, SurveyStatus.CLOSED);
    }

    /**
     * Replaces the questions of a survey, in the given order. When the current questions already have answers,
     * they stay with those answers as a revision of their own and these questions become the next revision, which
     * everyone answers afresh; otherwise these questions simply replace them. Returns the new version.
     */
    @Transactional
    public long editQuestions(UUID id, long expectedVersion, List<SurveyQuestion> questions) {
        requireHrAdmin();
        SurveyRepository.SurveyRow survey = repository.survey(id).orElseThrow(() -> new ResourceNotFoundException("survey", id));
        var errors = new InvalidInputException.Collector();
        List<SurveyQuestion> given = questions == null ? List.of() : questions.stream().filter(java.util.Objects::nonNull).toList();
        errors.check(!given.isEmpty() && given.size() <= MAX_QUESTIONS, "questions", "surveys.error.questions");
        List<SurveyQuestion> numbered = new ArrayList<>();
        for (int position = 0; position < given.size(); position++) {
            SurveyQuestion question = given.get(position);
            String field = "questions[" + position + "]";
            errors.check(question.kind() != null, field, "surveys.error.questionKind");
            errors.check(validPrompt(question.promptEn()) && validPrompt(question.promptSv()), field,
                    "surveys.error.prompt");
            numbered.add(new SurveyQuestion(position, question.kind(),
                    question.promptEn() == null ? null : question.promptEn().strip(),
                    question.promptSv() == null ? null : question.promptSv().strip()));
        }
        errors.throwIfAny();
        boolean newRevision = repository.hasAnswers(id, survey.revision());
        if (!repository.replaceQuestions(id, expectedVersion, newRevision, numbered)) {
            throw new ConcurrentEditException("survey", id);
        }
        audit.record(newRevision ? "survey.revised" : "survey.edited", "survey", id.toString(), null, numbered);
        return expectedVersion + 1;
    }

    private static boolean validPrompt(String prompt) {
        return prompt != null && !prompt.isBlank() && prompt.strip().length() <= MAX_PROMPT;
    }

    private long changeStatus(SurveyRepository.SurveyRow survey, long expectedVersion, SurveyStatus status) {
        if (!repository.setStatus(survey.id(), expectedVersion, status)) {
            throw new ConcurrentEditException("survey", survey.id());
        }
        audit.record("survey." + status.name().toLowerCase(java.util.Locale.ROOT), "survey", survey.id().toString(),
                survey.status(), status);
        return expectedVersion + 1;
    }

    /** A department or pilot group audience must exist in the tenant (404 otherwise, also for another tenant's). */
    void checkAudience(AudienceKind audience, UUID audienceId) {
        if (audience == AudienceKind.DEPARTMENT && org.department(audienceId).isEmpty()) {
            throw new ResourceNotFoundException("department", audienceId);
        }
        if (audience == AudienceKind.PILOT_GROUP) {
            pilotGroup(audienceId);
        }
    }

    private List<OrgPerson> audienceOf(SurveyRepository.SurveyRow survey) {
        return switch (survey.audience()) {
            case EVERYONE -> org.activePeopleMatching("", Set.of(), Integer.MAX_VALUE);
            case DEPARTMENT -> activePeople(org.activePeopleIn(Set.of(survey.audienceId()), Set.of()));
            case PILOT_GROUP -> {
                PilotGroup group = pilotGroup(survey.audienceId());
                Set<UUID> members = new HashSet<>(org.activePeopleIn(group.data().departmentIds(), group.data().teamIds()));
                members.addAll(org.active(group.data().personIds()));
                yield activePeople(members);
            }
        };
    }

    private List<OrgPerson> activePeople(Set<UUID> ids) {
        return org.people(ids).values().stream().filter(OrgPerson::active).toList();
    }

    private PilotGroup pilotGroup(UUID id) {
        return rollout.plan().groups().stream().filter(group -> group.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("pilot_group", id));
    }

    /**
     * The anonymous results for a filter. A group shows its answers only when at least the threshold answered
     * and, for every filter that narrows it, the people that filter leaves out number none or at least the
     * threshold: otherwise comparing it with the broader group would single out fewer people (department ×
     * pilot differencing).
     */
    @Transactional(readOnly = true)
    public SurveyResults results(UUID id, ResultFilter filter) {
        return results(id, null, filter);
    }

    /**
     * The anonymous results of one revision of the survey's questions (null: the current one), with the
     * questions as they were in that revision and only the answers given to them.
     */
    @Transactional(readOnly = true)
    public SurveyResults results(UUID id, Integer revision, ResultFilter filter) {
        requireHrAdmin();
        ResultFilter applied = filter == null ? ResultFilter.NONE : filter;
        SurveyRepository.SurveyRow survey = repository.survey(id).orElseThrow(() -> new ResourceNotFoundException("survey", id));
        int read = revision == null ? survey.revision() : revision;
        if (read < 1 || read > survey.revision()) {
            throw new ResourceNotFoundException("survey_revision", id);
        }
        if (applied.departmentId() != null && org.department(applied.departmentId()).isEmpty()) {
            throw new ResourceNotFoundException("department", applied.departmentId());
        }
        int threshold = settings.current().anonymityThreshold();
        int invited = repository.invited(id, applied);
        int responded = repository.respondents(id, read, applied);
        boolean participationShown = invited >= threshold;
        Integer shownInvited = participationShown ? invited : null;
        Integer shownResponded = participationShown ? responded : null;
        Double rate = participationShown && invited > 0 ? (double) responded / invited : null;
        if (!meetsThreshold(id, read, applied, responded, threshold)) {
            return new SurveyResults(id, read, applied, threshold, shownInvited, shownResponded, rate, true, List.of());
        }
        List<SurveyQuestion> questions = repository.questions(id, read);
        Map<Integer, int[]> distributions = repository.distributions(id, read, applied);
        Map<Integer, List<String>> texts = repository.texts(id, read, applied);
        List<SurveyResults.QuestionResult> results = questions.stream().map(question -> {
            if (question.kind() == QuestionKind.TEXT) {
                List<String> given = texts.getOrDefault(question.position(), List.of());
                return new SurveyResults.QuestionResult(question.position(), question.kind(), question.promptEn(),
                        question.promptSv(), given.size(), null, List.<Integer>of(), given);
            }
            int[] counts = distributions.getOrDefault(question.position(), new int[5]);
            int answers = 0;
            long sum = 0;
            List<Integer> distribution = new ArrayList<>();
            for (int value = 1; value <= 5; value++) {
                answers += counts[value - 1];
                sum += (long) value * counts[value - 1];
                distribution.add(counts[value - 1]);
            }
            return new SurveyResults.QuestionResult(question.position(), question.kind(), question.promptEn(),
                    question.promptSv(), answers, answers == 0 ? null : (double) sum / answers, distribution, List.<String>of());
        }).toList();
        return new SurveyResults(id, read, applied, threshold, shownInvited, shownResponded, rate, false, results);
    }

    /**
     * The free-text answers to one text question, summarised for a filter. It rests on exactly the texts that
     * {@link #results} shows for that filter, so it exists only when the group meets the anonymity threshold (and
     * no narrower filter could be differenced against it); otherwise it is suppressed, with no theme and no quote.
     */
    @Transactional(readOnly = true)
    public SurveyTextSummary textSummary(UUID id, Integer revision, ResultFilter filter, int position, String language) {
        SurveyResults results = results(id, revision, filter);
        if (results.suppressed()) {
            return new SurveyTextSummary(id, results.revision(), position, results.filter(), true, 0, "OFF", List.of());
        }
        SurveyResults.QuestionResult question = results.questions().stream()
                .filter(q -> q.position() == position && q.kind() == QuestionKind.TEXT).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("survey_question", id));
        List<FeedbackItem> items = new ArrayList<>();
        for (int i = 0; i < question.texts().size(); i++) {
            // Labels follow the alphabetical order of the texts, so a label says nothing about who wrote it.
            items.add(new FeedbackItem("A" + (i + 1), question.texts().get(i), SummarySource.OTHER, null, null, true));
        }
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        AiResult<FeedbackSummary> summary = items.isEmpty() ? AiResult.off()
                : summaries.summarize(new SummaryRequest(items, today.minusYears(1), today, today, Set.of()),
                "sv".equals(language) ? "sv" : "en", PersonalDataRedactor.People.none());
        List<SurveyTextSummary.SummaryTheme> themes = summary.value() == null ? List.of()
                : summary.value().themes().stream().map(theme -> new SurveyTextSummary.SummaryTheme(
                        theme.name().label(), theme.polarity() == Polarity.STRENGTH, theme.itemIds().size(),
                        theme.quotes().stream().map(quote -> new SurveyTextSummary.CitedQuote(quote.itemId(), quote.text()))
                                .toList(),
                        theme.prose().stream().map(io.kadens.ai.Statement::text).toList())).toList();
        return new SurveyTextSummary(id, results.revision(), position, results.filter(), false, items.size(),
                summary.mode().name(), themes);
    }

    private boolean meetsThreshold(UUID id, int revision, ResultFilter filter, int responded, int threshold) {
        if (responded < threshold) {
            return false;
        }
        List<ResultFilter> broader = new ArrayList<>();
        if (filter.departmentId() != null) {
            broader.add(new ResultFilter(null, filter.pilot()));
        }
        if (filter.pilot() != null) {
            broader.add(new ResultFilter(filter.departmentId(), null));
        }
        for (ResultFilter wider : broader) {
            int leftOut = repository.respondents(id, revision, wider) - responded;
            if (leftOut > 0 && leftOut < threshold) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ the people asked

    /** The open and closed surveys the signed-in person is asked, with their own answers. */
    @Transactional(readOnly = true)
    public List<MySurvey> mine() {
        KadensUser user = requireTenantUser();
        List<SurveyRepository.SurveyRow> rows = repository.surveysAsking(user.personId());
        Map<UUID, List<SurveyQuestion>> questions = repository.questions(rows.stream().map(SurveyRepository.SurveyRow::id).toList());
        return rows.stream().map(row -> new MySurvey(row.id(), row.title(), row.status(),
                questions.getOrDefault(row.id(), List.of()), repository.answersOf(row.id(), row.revision(), user.personId()),
                row.revision()))
                .toList();
    }

    /**
     * Records the signed-in person's answers, replacing any they gave before. Blank answers are left out. A survey
     * that does not ask them answers 404; a closed (or draft) survey refuses with a message and keeps what was there.
     */
    @Transactional
    public void answer(UUID surveyId, List<Answer> answers) {
        answer(surveyId, null, answers);
    }

    /**
     * Records answers to the given revision of the questions (null: whatever is current). When HR edited the
     * questions since the person loaded them, their answers would land on other questions, so this refuses with
     * {@link ConcurrentEditException} and writes nothing.
     */
    @Transactional
    public void answer(UUID surveyId, Integer revision, List<Answer> answers) {
        KadensUser user = requireTenantUser();
        SurveyRepository.SurveyRow survey = repository.survey(surveyId)
                .filter(row -> row.status() != SurveyStatus.DRAFT)
                .filter(row -> repository.isInvitee(surveyId, user.personId()))
                .orElseThrow(() -> new ResourceNotFoundException("survey", surveyId));
        if (survey.status() != SurveyStatus.OPEN) {
            throw InvalidInputException.of("survey", "surveys.error.closed");
        }
        if (revision != null && revision != survey.revision()) {
            throw new ConcurrentEditException("survey", surveyId);
        }
        Map<Integer, SurveyQuestion> questions = new java.util.HashMap<>();
        repository.questions(List.of(surveyId)).getOrDefault(surveyId, List.of())
                .forEach(question -> questions.put(question.position(), question));
        var errors = new InvalidInputException.Collector();
        List<Answer> kept = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Answer answer : answers == null ? List.<Answer>of() : answers) {
            if (answer == null) {
                continue;
            }
            String field = "answers[" + answer.position() + "]";
            SurveyQuestion question = questions.get(answer.position());
            errors.check(question != null && seen.add(answer.position()), field, "surveys.error.question");
            if (question == null) {
                continue;
            }
            if (question.kind() == QuestionKind.SCALE) {
                errors.check(answer.text() == null, field, "surveys.error.scale");
                if (answer.scale() != null) {
                    errors.check(answer.scale() >= 1 && answer.scale() <= 5, field, "surveys.error.scale");
                    kept.add(new Answer(answer.position(), answer.scale(), null));
                }
            } else {
                errors.check(answer.scale() == null, field, "surveys.error.text");
                if (answer.text() != null && !answer.text().isBlank()) {
                    errors.check(answer.text().strip().length() <= MAX_TEXT, field, "surveys.error.text");
                    kept.add(new Answer(answer.position(), null, answer.text().strip()));
                }
            }
        }
        errors.check(!kept.isEmpty(), "answers", "surveys.error.empty");
        errors.throwIfAny();
        repository.replaceAnswers(surveyId, survey.revision(), user.personId(), kept);
    }

    // ------------------------------------------------------------------ access

    private KadensUser requireTenantUser() {
        KadensUser user = currentUser.require();
        if (user.isOperator()) {
            throw new AccessDeniedException("the operator answers no tenant's surveys");
        }
        return user;
    }

    private void requireHrAdmin() {
        if (TenantScope.explicitTenant().isPresent() && currentUser.get().isEmpty()) {
            return; // system work: demo seeding
        }
        KadensUser user = currentUser.require();
        if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins run surveys");
        }
    }
}
