package io.kadens.reviews;

import io.kadens.audit.AuditLog;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Review templates for HR admins: sections of questions in English and Swedish, versioned. Every save
 * appends an immutable version; a cycle keeps the version it launched with, so a running cycle never
 * changes under its writers.
 */
@Service
public class ReviewTemplates {

    public static final int MAX_NAME = 120;
    public static final int MAX_TEXT = 500;
    public static final int MAX_SECTIONS = 12;
    public static final int MAX_QUESTIONS = 60;
    public static final int MAX_CRITERIA = 15;
    private static final Pattern CRITERION_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final ReviewTemplateRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ReviewTemplates(ReviewTemplateRepository repository, CurrentUser currentUser, AuditLog audit, Clock clock,
                    PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    // ------------------------------------------------------------------ reading

    /** Every template of the tenant with its newest version, oldest template first (HR admins). */
    public List<ReviewTemplate> templates() {
        requireHrAdmin();
        return transactions.execute(status -> repository.templates().stream().map(this::withCurrent).toList());
    }

    public Optional<ReviewTemplate> template(UUID id) {
        requireHrAdmin();
        return transactions.execute(status -> repository.template(id).map(this::withCurrent));
    }

    /** Every version of a template, newest first. */
    public List<TemplateVersion> versions(UUID id) {
        requireHrAdmin();
        return transactions.execute(status -> {
            repository.template(id).orElseThrow(() -> new ResourceNotFoundException("review-template", id));
            return repository.versions(id);
        });
    }

    public Optional<TemplateVersion> version(UUID id, int number) {
        requireHrAdmin();
        return transactions.execute(status -> repository.version(id, number));
    }

    /**
     * A version for the cycles of this module, without the HR-admin check: writers of a review read the
     * version their cycle launched with. Callers check access to the cycle.
     */
    Optional<TemplateVersion> versionForCycle(UUID id, int number) {
        return repository.version(id, number);
    }

    private ReviewTemplate withCurrent(ReviewTemplateRepository.TemplateRow row) {
        TemplateVersion current = repository.version(row.id(), row.currentVersion()).orElseThrow();
        return new ReviewTemplate(row.id(), row.archived(), row.version(), current);
    }

    // ------------------------------------------------------------------ writing

    public ReviewTemplate create(TemplateDraft draft) {
        KadensUser me = requireHrAdmin();
        TemplateDraft clean = validate(draft);
        return transactions.execute(status -> {
            UUID id = UUID.randomUUID();
            repository.insertTemplate(id);
            repository.insertVersion(id, 1, clean, me.personId(), clock.instant());
            audit.record("review.template.created", "review_template", id.toString(), null,
                    Map.of("version", 1, "name", clean.nameEn(), "questions", questionCount(clean)));
            return withCurrent(repository.template(id).orElseThrow());
        });
    }

    /** Saves a new version. {@code expectedVersion} is the template's version the editor started from. */
    public ReviewTemplate update(UUID id, TemplateDraft draft, long expectedVersion) {
        KadensUser me = requireHrAdmin();
        TemplateDraft clean = validate(draft);
        return transactions.execute(status -> {
            var row = repository.template(id).orElseThrow(() -> new ResourceNotFoundException("review-template", id));
            if (row.version() != expectedVersion) {
                throw new ConcurrentEditException("review-template", id);
            }
            int next = row.currentVersion() + 1;
            repository.insertVersion(id, next, clean, me.personId(), clock.instant());
            if (!repository.advance(id, next, expectedVersion)) {
                throw new ConcurrentEditException("review-template", id);
            }
            audit.record("review.template.versioned", "review_template", id.toString(),
                    Map.of("version", row.currentVersion()),
                    Map.of("version", next, "name", clean.nameEn(), "questions", questionCount(clean)));
            return withCurrent(repository.template(id).orElseThrow());
        });
    }

    /** Archived templates are kept (cycles refer to them) but offered for no new cycle; restoring undoes it. */
    public ReviewTemplate setArchived(UUID id, boolean archived, long expectedVersion) {
        requireHrAdmin();
        return transactions.execute(status -> {
            var row = repository.template(id).orElseThrow(() -> new ResourceNotFoundException("review-template", id));
            if (row.version() != expectedVersion || !repository.setArchived(id, archived, expectedVersion)) {
                throw new ConcurrentEditException("review-template", id);
            }
            audit.record(archived ? "review.template.archived" : "review.template.restored", "review_template",
                    id.toString(), Map.of("archived", row.archived()), Map.of("archived", archived));
            return withCurrent(repository.template(id).orElseThrow());
        });
    }

    private KadensUser requireHrAdmin() {
        KadensUser me = currentUser.require();
        if (me.isOperator() || !me.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins manage review templates");
        }
        return me;
    }

    private static int questionCount(TemplateDraft draft) {
        return draft.sections().stream().mapToInt(s -> s.questions().size()).sum();
    }

    // ------------------------------------------------------------------ validation

    /**
     * Checks a draft and returns it cleaned (trimmed texts, ids given to new sections and questions). Field
     * names follow the draft's shape, e.g. {@code sections[1].questions[0].textSv}.
     */
    static TemplateDraft validate(TemplateDraft draft) {
        var errors = new InvalidInputException.Collector();
        if (draft == null) {
            throw InvalidInputException.of("nameEn", "reviews.template.name.required");
        }
        String nameEn = strip(draft.nameEn());
        String nameSv = strip(draft.nameSv());
        errors.check(!nameEn.isEmpty(), "nameEn", "reviews.template.name.required");
        errors.check(!nameSv.isEmpty(), "nameSv", "reviews.template.name.required");
        errors.check(nameEn.length() <= MAX_NAME, "nameEn", "reviews.template.name.too-long");
        errors.check(nameSv.length() <= MAX_NAME, "nameSv", "reviews.template.name.too-long");
        List<TemplateSection> sections = draft.sections();
        errors.check(!sections.isEmpty(), "sections", "reviews.template.sections.empty");
        errors.check(sections.size() <= MAX_SECTIONS, "sections", "reviews.template.sections.too-many");
        long questionTotal = sections.stream().filter(java.util.Objects::nonNull)
                .mapToLong(s -> s.questions().size()).sum();
        errors.check(questionTotal <= MAX_QUESTIONS, "sections", "reviews.template.questions.too-many");
        Set<UUID> ids = new HashSet<>();
        List<TemplateSection> cleanSections = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            TemplateSection section = sections.get(s);
            String at = "sections[" + s + "]";
            if (section == null) {
                errors.check(false, at + ".titleEn", "reviews.template.section.title.required");
                continue;
            }
            String titleEn = strip(section.titleEn());
            String titleSv = strip(section.titleSv());
            errors.check(!titleEn.isEmpty(), at + ".titleEn", "reviews.template.section.title.required");
            errors.check(!titleSv.isEmpty(), at + ".titleSv", "reviews.template.section.title.required");
            errors.check(titleEn.length() <= MAX_NAME, at + ".titleEn", "reviews.template.name.too-long");
            errors.check(titleSv.length() <= MAX_NAME, at + ".titleSv", "reviews.template.name.too-long");
            errors.check(!section.questions().isEmpty(), at + ".questions", "reviews.template.section.empty");
            List<TemplateQuestion> cleanQuestions = new ArrayList<>();
            for (int q = 0; q < section.questions().size(); q++) {
                TemplateQuestion question = section.questions().get(q);
                String qat = at + ".questions[" + q + "]";
                if (question == null || question.kind() == null) {
                    errors.check(false, qat + ".kind", "reviews.template.question.kind.required");
                    continue;
                }
                cleanQuestions.add(validateQuestion(question, qat, ids, errors));
            }
            cleanSections.add(new TemplateSection(freshId(section.id(), ids), titleEn, titleSv, cleanQuestions));
        }
        errors.throwIfAny();
        return new TemplateDraft(nameEn, nameSv, cleanSections);
    }

    private static TemplateQuestion validateQuestion(TemplateQuestion question, String at, Set<UUID> ids,
                                                     InvalidInputException.Collector errors) {
        QuestionKind kind = question.kind();
        String textEn = strip(question.textEn());
        String textSv = strip(question.textSv());
        errors.check(!textEn.isEmpty(), at + ".textEn", "reviews.template.question.text.required");
        errors.check(!textSv.isEmpty(), at + ".textSv", "reviews.template.question.text.required");
        errors.check(textEn.length() <= MAX_TEXT, at + ".textEn", "reviews.template.question.text.too-long");
        errors.check(textSv.length() <= MAX_TEXT, at + ".textSv", "reviews.template.question.text.too-long");
        Set<ReviewForm> forms = question.forms().isEmpty() ? Set.of() : EnumSet.copyOf(question.forms());
        errors.check(!forms.isEmpty(), at + ".forms", "reviews.template.question.forms.required");
        // Upward reviews rate a manager's leadership (and may comment); peers do not rate someone's goals.
        errors.check(!forms.contains(ReviewForm.UPWARD) || kind == QuestionKind.TEXT || kind == QuestionKind.LEADERSHIP,
                at + ".forms", "reviews.template.question.forms.upward");
        errors.check(kind != QuestionKind.GOAL_RATING || !(forms.contains(ReviewForm.PEER)),
                at + ".forms", "reviews.template.question.forms.goals");
        List<Criterion> criteria = List.of();
        if (kind.hasCriteria()) {
            errors.check(!question.criteria().isEmpty(), at + ".criteria", "reviews.template.criteria.required");
            errors.check(question.criteria().size() <= MAX_CRITERIA, at + ".criteria", "reviews.template.criteria.too-many");
            List<Criterion> clean = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (int c = 0; c < question.criteria().size(); c++) {
                Criterion criterion = question.criteria().get(c);
                String cat = at + ".criteria[" + c + "]";
                String en = criterion == null ? "" : strip(criterion.nameEn());
                String sv = criterion == null ? "" : strip(criterion.nameSv());
                errors.check(!en.isEmpty(), cat + ".nameEn", "reviews.template.criteria.name.required");
                errors.check(!sv.isEmpty(), cat + ".nameSv", "reviews.template.criteria.name.required");
                errors.check(en.length() <= MAX_NAME && sv.length() <= MAX_NAME, cat + ".nameEn",
                        "reviews.template.name.too-long");
                String key = criterion == null || criterion.key() == null || criterion.key().isBlank()
                        ? keyOf(en) : criterion.key().strip();
                errors.check(CRITERION_KEY.matcher(key).matches(), cat + ".key", "reviews.template.criteria.key");
                errors.check(keys.add(key), cat + ".nameEn", "reviews.template.criteria.duplicate");
                clean.add(new Criterion(key, en, sv));
            }
            criteria = clean;
        } else {
            errors.check(question.criteria().isEmpty(), at + ".criteria", "reviews.template.criteria.not-allowed");
        }
        GoalWeighting weighting = kind == QuestionKind.GOAL_RATING
                ? (question.goalWeighting() == null ? GoalWeighting.EQUAL : question.goalWeighting()) : null;
        return new TemplateQuestion(freshId(question.id(), ids), kind, textEn, textSv, forms, question.required(),
                criteria, weighting);
    }

    /** A criterion key from its English name: "Clear communication" becomes "clear-communication". */
    static String keyOf(String name) {
        String key = java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return key.length() > 40 ? key.substring(0, 40).replaceAll("-+$", "") : key;
    }

    private static UUID freshId(UUID given, Set<UUID> taken) {
        UUID id = given == null || taken.contains(given) ? UUID.randomUUID() : given;
        taken.add(id);
        return id;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    // ------------------------------------------------------------------ the starter template

    /** The template a new one starts from: the common shape of a performance review, in both languages. */
    public static TemplateDraft starter() {
        Set<ReviewForm> selfAndManager = EnumSet.of(ReviewForm.SELF, ReviewForm.MANAGER);
        return new TemplateDraft("Performance review", "Medarbetarsamtal", List.of(
                new TemplateSection(starterId("results"), "Results", "Resultat", List.of(
                        new TemplateQuestion(starterId("goals"), QuestionKind.GOAL_RATING,
                                "How well were the goals of this period met?",
                                "Hur väl uppnåddes periodens mål?", selfAndManager, true, List.of(),
                                GoalWeighting.WRITER_SETS_WEIGHTS),
                        new TemplateQuestion(starterId("achievements"), QuestionKind.TEXT,
                                "What were the most important achievements, with examples?",
                                "Vilka var de viktigaste resultaten, med exempel?",
                                EnumSet.of(ReviewForm.SELF, ReviewForm.MANAGER, ReviewForm.PEER), true, List.of(), null))),
                new TemplateSection(starterId("how"), "How the work was done", "Hur arbetet utfördes", List.of(
                        new TemplateQuestion(starterId("competencies"), QuestionKind.COMPETENCY_RATING,
                                "Rate each competency, based on what you observed.",
                                "Bedöm varje kompetens utifrån det du har sett.",
                                EnumSet.of(ReviewForm.SELF, ReviewForm.MANAGER, ReviewForm.PEER), true, List.of(
                                        new Criterion("collaboration", "Collaboration", "Samarbete"),
                                        new Criterion("communication", "Communication", "Kommunikation"),
                                        new Criterion("ownership", "Ownership", "Ansvarstagande"),
                                        new Criterion("craft", "Craft and quality", "Yrkesskicklighet och kvalitet")),
                                null),
                        new TemplateQuestion(starterId("leadership"), QuestionKind.LEADERSHIP,
                                "For managers: rate each leadership criterion.",
                                "För chefer: bedöm varje ledarskapskriterium.",
                                EnumSet.of(ReviewForm.SELF, ReviewForm.MANAGER, ReviewForm.UPWARD), true, List.of(
                                        new Criterion("sets-direction", "Sets clear direction", "Ger tydlig riktning"),
                                        new Criterion("develops-people", "Develops people", "Utvecklar medarbetare"),
                                        new Criterion("gives-feedback", "Gives useful feedback", "Ger användbar återkoppling"),
                                        new Criterion("builds-trust", "Builds trust", "Bygger förtroende")),
                                null),
                        new TemplateQuestion(starterId("upward-comment"), QuestionKind.TEXT,
                                "What should your manager keep doing, or do differently?",
                                "Vad bör din chef fortsätta med, eller göra annorlunda?",
                                EnumSet.of(ReviewForm.UPWARD), false, List.of(), null))),
                new TemplateSection(starterId("overall"), "Overall", "Sammanfattning", List.of(
                        new TemplateQuestion(starterId("growth"), QuestionKind.TEXT,
                                "What should be the focus for growth in the next period?",
                                "Vad bör utvecklingen fokusera på under nästa period?",
                                EnumSet.of(ReviewForm.SELF, ReviewForm.MANAGER, ReviewForm.PEER), false, List.of(), null),
                        new TemplateQuestion(starterId("overall-rating"), QuestionKind.RATING,
                                "Overall rating for the period", "Sammanfattande bedömning för perioden",
                                selfAndManager, true, List.of(), null)))));
    }

    private static UUID starterId(String key) {
        return UUID.nameUUIDFromBytes(("kadens.review-template.starter." + key).getBytes(StandardCharsets.UTF_8));
    }
}
