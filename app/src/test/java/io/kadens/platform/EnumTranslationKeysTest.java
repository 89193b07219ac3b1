package io.kadens.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.AiMode;
import io.kadens.ai.AnswerMode;
import io.kadens.ai.plans.MissingInput;
import io.kadens.ai.smart.SmartCriterion;
import io.kadens.ai.summary.Caveat;
import io.kadens.ai.summary.Polarity;
import io.kadens.ai.summary.SummarySource;
import io.kadens.ai.summary.ThemeName;
import io.kadens.announcements.AnnouncementAudience;
import io.kadens.apitokens.TokenExpiry;
import io.kadens.apitokens.TokenScope;
import io.kadens.calibration.GroupDistribution;
import io.kadens.calibration.ScopeKind;
import io.kadens.calibration.SessionStatus;
import io.kadens.compensation.CompaBand;
import io.kadens.compensation.DepartmentBudget;
import io.kadens.compensation.PayImportPlan;
import io.kadens.compensation.ProposalStatus;
import io.kadens.compensation.ProposalWarning;
import io.kadens.competencies.AssessmentKind;
import io.kadens.competencies.CompetencyGroup;
import io.kadens.competencies.CompetencyImportReport;
import io.kadens.content.DocumentKind;
import io.kadens.development.ObjectiveSource;
import io.kadens.development.ObjectiveStatus;
import io.kadens.development.PlanStatus;
import io.kadens.feedback.FeedbackSource;
import io.kadens.feedback.ManagerVisibility;
import io.kadens.feedback.Reaction;
import io.kadens.feedback.RequestStatus;
import io.kadens.feedback.UnmaskStatus;
import io.kadens.goals.ApprovalState;
import io.kadens.goals.GoalKind;
import io.kadens.goals.GoalLevel;
import io.kadens.goals.GoalStatus;
import io.kadens.goals.GoalVisibility;
import io.kadens.goals.Health;
import io.kadens.goals.KeyResultType;
import io.kadens.imports.ImportField;
import io.kadens.invitations.InvitationLink;
import io.kadens.invitations.InvitationStatus;
import io.kadens.learning.ProgressStatus;
import io.kadens.learning.ProviderKind;
import io.kadens.learning.TrainingFormat;
import io.kadens.learning.TrainingLevel;
import io.kadens.nextsteps.NextStep;
import io.kadens.notifications.Channel;
import io.kadens.notifications.DeliveryStatus;
import io.kadens.notifications.NotificationKind;
import io.kadens.oneonones.CheckInQuestionKind;
import io.kadens.oneonones.MeetingStatus;
import io.kadens.organisation.Organisation;
import io.kadens.people.EmploymentType;
import io.kadens.people.PersonStatus;
import io.kadens.reviews.CyclePhase;
import io.kadens.reviews.CycleStatus;
import io.kadens.reviews.EvidencePanel;
import io.kadens.reviews.GoalWeighting;
import io.kadens.reviews.NominationStatus;
import io.kadens.reviews.ReviewAnswer;
import io.kadens.reviews.ReviewForm;
import io.kadens.reviews.ReviewStatus;
import io.kadens.reviews.ReviewSummaryDrafts;
import io.kadens.reviews.ReviewTextChecks;
import io.kadens.rollout.DepartmentKind;
import io.kadens.rollout.Feature;
import io.kadens.rollout.PilotWarning;
import io.kadens.rollout.RolloutPhase;
import io.kadens.scim.ScimTokenExpiry;
import io.kadens.settings.GoalSetters;
import io.kadens.surveys.AudienceKind;
import io.kadens.surveys.BankQuestion;
import io.kadens.surveys.SurveyStatus;
import io.kadens.surveys.SurveyTemplate;
import io.kadens.tenantarchive.TenantArchiveException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keys the code builds at run time ({@code "summary.theme.named." + kind.name()}) escape
 * {@link TranslationBundlesTest}, which only sees literal keys: a renamed or added enum constant then shows
 * "!summary.theme.named.PHRASE!" to the user. Every prefix the main code concatenates into a key is registered
 * here, either with the enum whose constants complete it (every constant must have its key in English and
 * Swedish) or, when the rest is not an enum constant, with the reason and, where the code fixes them, the values.
 * A scan of {@code src/main/java} fails on a prefix in neither list, so a new call site must be registered.
 */
class EnumTranslationKeysTest {

    /** How the code turns a constant into the end of its key. */
    private static final Function<Enum<?>, String> NAME = Enum::name;
    private static final Function<Enum<?>, String> LOWER = e -> e.name().toLowerCase(Locale.ROOT);
    private static final Function<Enum<?>, String> LOWER_DASHED =
            e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    private static final Function<Enum<?>, String> SMART_JSON_NAME = e -> ((SmartCriterion) e).jsonName();

    /**
     * A prefix completed by an enum constant: {@code prefix + naming(constant) + suffix} for every suffix.
     * {@code unreachable} names constants the code can never pass (each with its reason at the entry).
     */
    record EnumKeys(String prefix, Class<? extends Enum<?>> type, Function<Enum<?>, String> naming,
                    List<String> suffixes, Set<String> unreachable) {

        EnumKeys(String prefix, Class<? extends Enum<?>> type, Function<Enum<?>, String> naming) {
            this(prefix, type, naming, List.of(""), Set.of());
        }

        EnumKeys(String prefix, Class<? extends Enum<?>> type) {
            this(prefix, type, NAME);
        }

        List<String> keys() {
            List<String> keys = new ArrayList<>();
            for (Enum<?> constant : type.getEnumConstants()) {
                if (!unreachable.contains(constant.name())) {
                    suffixes.forEach(suffix -> keys.add(prefix + naming.apply(constant) + suffix));
                }
            }
            return keys;
        }
    }

    /** A prefix completed by something that is not an enum constant; {@code values}, when the code fixes them. */
    record OtherKeys(String prefix, String reason, List<String> values) {

        OtherKeys(String prefix, String reason) {
            this(prefix, reason, List.of());
        }
    }

    /** Results360 pools PEER and UPWARD answers only. */
    private static final Set<String> POOLED_360_ONLY = unreachableExcept(ReviewForm.class, "PEER", "UPWARD");

    static final List<EnumKeys> ENUM_KEYS = List.of(
            // AcceptInvitationView shows a message only for a link it cannot use; a VALID one opens the form.
            new EnumKeys("access.link.", InvitationLink.State.class, NAME, List.of(""), Set.of("VALID")),
            new EnumKeys("access.status.", InvitationStatus.class),
            new EnumKeys("ai.mode.", AiMode.class),
            new EnumKeys("analytics.filter.pilot.", enumNamed("io.kadens.analytics.ui.AnalyticsView$PilotChoice"),
                    LOWER),
            new EnumKeys("announcements.audience.", AnnouncementAudience.class, LOWER),
            new EnumKeys("api-tokens.expiry.", TokenExpiry.class),
            new EnumKeys("api-tokens.scope.", TokenScope.class),
            new EnumKeys("api.error.tenant-archive.", TenantArchiveException.Reason.class, LOWER_DASHED),
            new EnumKeys("assessments.kind.", AssessmentKind.class, LOWER),
            // Results360 pools only the anonymous sources (PEER, UPWARD); self and manager reviews are never pooled.
            new EnumKeys("calibration.evidence.source.", ReviewForm.class, NAME, List.of(""), POOLED_360_ONLY),
            new EnumKeys("calibration.groups.", GroupDistribution.Dimension.class),
            new EnumKeys("calibration.scope.", ScopeKind.class),
            // CalibrationSessions.changeStatus refuses a move by the status it was to reach: sessions only move
            // to MEETING (from PREVIEW) and to FINISHED (from MEETING); nothing moves a session to PREVIEW.
            new EnumKeys("calibration.session.status.", SessionStatus.class, LOWER, List.of(""),
                    unreachableExcept(SessionStatus.class, "MEETING", "FINISHED")),
            new EnumKeys("calibration.status.", SessionStatus.class),
            new EnumKeys("checkins.kind.", CheckInQuestionKind.class),
            new EnumKeys("coach.criterion.", SmartCriterion.class, SMART_JSON_NAME),
            new EnumKeys("compensation.band.", CompaBand.class),
            new EnumKeys("compensation.budget.kind.", DepartmentBudget.Kind.class),
            // PayAdminView: the planned change, and the same change once applied.
            new EnumKeys("compensation.pay.import.action.", PayImportPlan.Action.class, NAME, List.of("", ".done"),
                    Set.of()),
            new EnumKeys("compensation.pay.import.kind.", PayImportPlan.Kind.class),
            new EnumKeys("compensation.status.", ProposalStatus.class),
            new EnumKeys("compensation.warning.", ProposalWarning.class),
            new EnumKeys("competencies.group.", CompetencyGroup.class, LOWER),
            new EnumKeys("competencies.import.action.", CompetencyImportReport.Action.class, LOWER),
            new EnumKeys("content.kind.", DocumentKind.class, LOWER),
            new EnumKeys("development.draft.who.", MissingInput.Who.class),
            // the same prefix labels the plan's own action kinds and the drafted ones from the AI module
            new EnumKeys("development.kind.", io.kadens.development.ActionKind.class),
            new EnumKeys("development.kind.", io.kadens.ai.plans.ActionKind.class),
            new EnumKeys("development.objective.status.", ObjectiveStatus.class),
            // objective.smartMissing() holds SmartCriterion json names (DevelopmentPlans stores jsonName)
            new EnumKeys("development.smart.", SmartCriterion.class, SMART_JSON_NAME),
            new EnumKeys("development.source.", ObjectiveSource.class),
            new EnumKeys("development.status.", PlanStatus.class),
            new EnumKeys("feedback.reaction.", Reaction.class, LOWER),
            new EnumKeys("feedback.request.status.", RequestStatus.class, LOWER),
            new EnumKeys("feedback.settings.manager-visibility.", ManagerVisibility.class, LOWER),
            new EnumKeys("feedback.source.", FeedbackSource.class, LOWER),
            new EnumKeys("feedback.unmask.status.", UnmaskStatus.class),
            // GoalTexts.key(kind, value): goals-ui.<kind>.<constant in lower case>
            new EnumKeys("goals-ui.approval.", ApprovalState.class, LOWER),
            new EnumKeys("goals-ui.cycle-kind.", io.kadens.goals.CycleKind.class, LOWER),
            new EnumKeys("goals-ui.health.", Health.class, LOWER),
            new EnumKeys("goals-ui.kind.", GoalKind.class, LOWER),
            new EnumKeys("goals-ui.kr-type.", KeyResultType.class, LOWER),
            new EnumKeys("goals-ui.level.", GoalLevel.class, LOWER),
            new EnumKeys("goals-ui.status.", GoalStatus.class, LOWER),
            new EnumKeys("goals-ui.visibility.", GoalVisibility.class, LOWER),
            new EnumKeys("learning.format.", TrainingFormat.class, LOWER),
            new EnumKeys("learning.level.", TrainingLevel.class, LOWER),
            new EnumKeys("learning.provider.", ProviderKind.class, LOWER),
            new EnumKeys("learning.status.", ProgressStatus.class, LOWER),
            new EnumKeys("learningdrafts.kind.", io.kadens.ai.learningpaths.LearningPathRequest.Kind.class),
            new EnumKeys("nextsteps.health.", Health.class),
            // HomeView: each audience's card heading and its empty state
            new EnumKeys("nextsteps.list.", NextStep.Audience.class, LOWER, List.of("", ".empty"), Set.of()),
            new EnumKeys("nextsteps.reviews.", ReviewForm.class, LOWER),
            new EnumKeys("nextsteps.urgency.", NextStep.Urgency.class),
            // NotificationRenderer: notifications.<kind.key()>.subject, .body and .action for every kind
            new EnumKeys("notifications.", NotificationKind.class, EnumTranslationKeysTest::notificationKey,
                    List.of(".subject", ".body", ".action"), Set.of()),
            new EnumKeys("notifications.channel.", Channel.class),
            new EnumKeys("notifications.kind.", NotificationKind.class),
            new EnumKeys("notifications.status.", DeliveryStatus.class),
            new EnumKeys("oneonones.cadence.", io.kadens.settings.CheckInCadence.class),
            new EnumKeys("oneonones.status.", MeetingStatus.class),
            new EnumKeys("people-admin.employment.", EmploymentType.class),
            new EnumKeys("people-admin.status.", PersonStatus.class),
            new EnumKeys("people-import.field.", ImportField.class, LOWER),
            // PrivateDetails.status() is the person's status column, which holds PersonStatus names
            new EnumKeys("profile.status.", PersonStatus.class),
            new EnumKeys("review360.results.source.", ReviewForm.class, NAME, List.of(""), POOLED_360_ONLY),
            new EnumKeys("reviews.cycle.kind.", io.kadens.reviews.CycleKind.class),
            // ReviewCycles.move refuses by the status the cycle had to be in: only pausing (from ACTIVE) and
            // resuming (from PAUSED) go through it. Opening a DRAFT cycle refuses with the literal not-draft key;
            // a CLOSED cycle never moves.
            new EnumKeys("reviews.cycle.not-", CycleStatus.class, LOWER, List.of(""),
                    unreachableExcept(CycleStatus.class, "ACTIVE", "PAUSED")),
            new EnumKeys("reviews.cycle.status.", CycleStatus.class),
            new EnumKeys("reviews.form.", ReviewForm.class),
            new EnumKeys("reviews.kind.", io.kadens.reviews.QuestionKind.class),
            new EnumKeys("reviews.phase.", CyclePhase.class),
            new EnumKeys("reviews.weighting.", GoalWeighting.class),
            new EnumKeys("reviewwriting.check.", ReviewTextChecks.Kind.class),
            // EvidenceColumn and ReviewSummaryDrafts: a goal's evidence source is its Health name
            new EnumKeys("reviewwriting.evidence.health.", Health.class),
            new EnumKeys("reviewwriting.evidence.section.", ReviewAnswer.EvidenceType.class),
            // EvidenceColumn: a feedback item's evidence source is its FeedbackSource name
            new EnumKeys("reviewwriting.evidence.source.", FeedbackSource.class),
            new EnumKeys("reviewwriting.evidence.type.", ReviewAnswer.EvidenceType.class),
            new EnumKeys("reviewwriting.form.", ReviewForm.class),
            // ReviewSummaryDrafts: a feedback insight with and without a topic
            new EnumKeys("reviewwriting.insight.feedback.", EvidencePanel.Tone.class, NAME, List.of("", ".topic"),
                    Set.of()),
            // ReviewSummaryDrafts: a goal without health is described by its GoalStatus name
            new EnumKeys("reviewwriting.insight.goal.status.", GoalStatus.class),
            new EnumKeys("reviewwriting.status.", ReviewStatus.class),
            new EnumKeys("reviewwriting.summary.support.", ReviewSummaryDrafts.Support.class),
            new EnumKeys("rollout.feature.", Feature.class),
            new EnumKeys("rollout.kind.", DepartmentKind.class),
            new EnumKeys("rollout.phase.", RolloutPhase.class),
            new EnumKeys("rollout.warning.", PilotWarning.Kind.class),
            new EnumKeys("scim.token.expiry.", ScimTokenExpiry.class),
            new EnumKeys("settings.aiMode.", AiMode.class),
            new EnumKeys("settings.cadence.", io.kadens.settings.CheckInCadence.class),
            new EnumKeys("settings.goalSetters.", GoalSetters.class),
            new EnumKeys("summary.caveat.", Caveat.Kind.class),
            new EnumKeys("summary.mode.", AnswerMode.class),
            new EnumKeys("summary.polarity.", Polarity.class),
            // FeedbackSummaryView: a cited item's source, and the coverage's sources by SummarySource name
            new EnumKeys("summary.source.", SummarySource.class),
            new EnumKeys("summary.theme.named.", ThemeName.Kind.class),
            new EnumKeys("survey-editor.kind.", io.kadens.surveys.QuestionKind.class),
            new EnumKeys("surveys.audience.", AudienceKind.class),
            new EnumKeys("surveys.bank.", BankQuestion.class, LOWER),
            new EnumKeys("surveys.bank.theme.", BankQuestion.Theme.class, LOWER),
            new EnumKeys("surveys.results.pilot.", enumNamed("io.kadens.surveys.ui.SurveysAdminView$PilotChoice")),
            new EnumKeys("surveys.status.", SurveyStatus.class),
            new EnumKeys("surveys.template.", SurveyTemplate.class, LOWER),
            new EnumKeys("tenants.status.", Organisation.Status.class),
            new EnumKeys("ui360.status.", NominationStatus.class));

    static final List<OtherKeys> OTHER_KEYS = List.of(
            new OtherKeys("access.provision.", "the rest of an organisation.slug.* refusal of NewOrganisation or "
                    + "Organisations", List.of("slug.invalid", "slug.reserved", "slug.taken")),
            new OtherKeys("audit.action.", "an action code as the audit log stores it"
                    + " (AuditActionKeysTest checks them)"),
            new OtherKeys("audit.family.", "a family of audit actions the filter offers"
                    + " (AuditActionKeysTest checks them)"),
            new OtherKeys("audit.subject.", "a subject type as the audit log stores it"
                    + " (AuditActionKeysTest checks them)"),
            new OtherKeys("calibration.band.", "a performance or potential band of the nine-box grid",
                    List.of("1", "2", "3")),
            new OtherKeys("checkins.pulse.", "the pulse answer 1 to 5 (CheckInsView)",
                    List.of("1", "2", "3", "4", "5")),
            new OtherKeys("coach.citation.", "SmartCoachPanel.citationType maps every source type to one of three",
                    List.of("goal", "content", "training")),
            new OtherKeys("content.language.", "a document's language code, or auto (ContentAdminView)",
                    List.of("auto", "en", "sv")),
            new OtherKeys("dev13.evidence.type.", "the EvidenceOption type constants",
                    List.of("GOAL", "FEEDBACK", "CHECK_IN")),
            new OtherKeys("dev13.leftovers.place.", "the place() of each CompetencyReferences bean",
                    List.of("FEEDBACK", "TRAINING_ITEM")),
            new OtherKeys("development.change.", "the 'what' DevelopmentPlans records with each plan change",
                    List.of("submitted", "approved", "returned", "edited", "action-done", "action-reopened",
                            "milestone-done", "milestone-reopened", "check-in", "training-completed")),
            new OtherKeys("development.departments.", "the department table's column names (DevelopmentView)",
                    List.of("department", "people", "plans", "approved", "progress", "stale")),
            new OtherKeys("development.draft.source.", "a cited SourceRef type (lower-case source type name)"),
            new OtherKeys("goals-ui.", "GoalTexts.key(kind, value): each kind is registered above as goals-ui.<kind>."),
            new OtherKeys("goals-ui.period.", "GoalEditorDialog's two period choices", List.of("cycle", "custom")),
            new OtherKeys("help.", "a PageHelpTexts page, then .title or .text (PageHelpTextsTest checks them)"),
            new OtherKeys("language.", "a language code Kadens offers", List.of("en", "sv")),
            new OtherKeys("learning.language.", "a training item's language code", List.of("en", "sv")),
            new OtherKeys("learningdrafts.language.", "the language a learning path is drafted in",
                    List.of("en", "sv")),
            new OtherKeys("learningdrafts.source.", "a cited SourceRef type (lower-case source type name)"),
            new OtherKeys("reviewwriting.refusal.short.", "the refusal key ReviewCycles gives for a review that cannot "
                    + "be submitted", List.of("reviews.submit.paused", "reviews.submit.closed", "reviews.submit.late")),
            new OtherKeys("security.api.title.", "the HTTP statuses ApiProblems writes itself",
                    List.of("401", "403", "503")),
            new OtherKeys("surveys.scale.", "the survey scale 1 to 5", List.of("1", "2", "3", "4", "5")));

    @Test
    void everyConstantOfARegisteredEnumHasItsKeyInEnglishAndSwedish() {
        Map<String, Set<String>> keys = keysByLanguage();
        Set<String> missing = new TreeSet<>();
        for (EnumKeys entry : ENUM_KEYS) {
            for (String key : entry.keys()) {
                keys.forEach((language, present) -> {
                    if (!present.contains(key)) {
                        missing.add(key + " (" + language + ", " + entry.type().getSimpleName() + ")");
                    }
                });
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void unreachableConstantsAreRealConstants() {
        for (EnumKeys entry : ENUM_KEYS) {
            assertThat(names(entry.type())).as(entry.prefix()).containsAll(entry.unreachable());
        }
    }

    @Test
    void everyKnownValueOfTheOtherPrefixesHasItsKeyInEnglishAndSwedish() {
        Map<String, Set<String>> keys = keysByLanguage();
        Set<String> missing = new TreeSet<>();
        for (OtherKeys entry : OTHER_KEYS) {
            assertThat(entry.reason()).as(entry.prefix()).isNotBlank();
            for (String value : entry.values()) {
                keys.forEach((language, present) -> {
                    if (!present.contains(entry.prefix() + value)) {
                        missing.add(entry.prefix() + value + " (" + language + ")");
                    }
                });
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyPrefixTheCodeBuildsAKeyFromIsRegistered() throws Exception {
        Set<String> registered = new TreeSet<>();
        ENUM_KEYS.forEach(e -> registered.add(e.prefix()));
        OTHER_KEYS.forEach(o -> registered.add(o.prefix()));
        Set<String> namespaces = new TreeSet<>();
        keysByLanguage().get("en").forEach(key -> namespaces.add(key.substring(0, Math.max(0, key.indexOf('.')))));

        // A literal ending in '.' or '-' joined with '+' whose first segment is a bundle's namespace (this also
        // finds the prefix in a labelKey() of an enum or a 'String key = ...'), any literal that starts a
        // concatenation inside getTranslation( or a translating t(locale, ... (\s also spans line breaks), and
        // the kinds passed to GoalTexts.label / GoalTexts.key, which build goals-ui.<kind>.<constant>.
        Pattern prefixLiteral = Pattern.compile("\"([a-z][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)*[.-])\"\\s*\\+");
        Pattern translated = Pattern.compile("(?:getTranslation|\\bt)\\(\\s*(?:locale\\s*,\\s*)?\"([^\"]*)\"\\s*\\+");
        Pattern goalTextKind =
                Pattern.compile("GoalTexts\\.label\\(\\s*\\w+\\s*,\\s*\"([a-z-]+)\"|\\bkey\\(\"([a-z-]+)\"");
        Set<String> unregistered = new TreeSet<>();
        Set<String> found = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                List<String> prefixes = new ArrayList<>();
                Matcher literal = prefixLiteral.matcher(code);
                while (literal.find()) {
                    String prefix = literal.group(1);
                    // element ids ("analytics-" + ...) have no dot; every key has one
                    if (prefix.contains(".") && namespaces.contains(prefix.substring(0, prefix.indexOf('.')))) {
                        prefixes.add(prefix);
                    }
                }
                Matcher call = translated.matcher(code);
                while (call.find()) {
                    prefixes.add(call.group(1));
                }
                if (source.toString().contains("goals")) {
                    Matcher kind = goalTextKind.matcher(code);
                    while (kind.find()) {
                        prefixes.add("goals-ui." + (kind.group(1) != null ? kind.group(1) : kind.group(2)) + ".");
                    }
                }
                for (String prefix : prefixes) {
                    found.add(prefix);
                    if (!registered.contains(prefix)) {
                        unregistered.add(prefix + " in " + source.getFileName());
                    }
                }
            }
        }
        assertThat(unregistered).as("prefixes built into keys but registered in neither list").isEmpty();
        assertThat(registered).as("registered prefixes no code builds any more").isSubsetOf(found);
    }

    @Test
    void noKeyUnderAnEnumPrefixOutlivesItsConstant() throws Exception {
        Set<String> produced = new TreeSet<>();
        for (EnumKeys entry : ENUM_KEYS) {
            for (Enum<?> constant : entry.type().getEnumConstants()) {
                String name = entry.naming().apply(constant);
                entry.suffixes().forEach(suffix -> produced.add(entry.prefix() + name + suffix));
            }
        }
        OTHER_KEYS.forEach(o -> o.values().forEach(value -> produced.add(o.prefix() + value)));
        StringBuilder code = new StringBuilder();
        for (String root : List.of("src/main", "../ai/src/main")) {
            try (Stream<Path> sources = Files.walk(Path.of(root))) {
                for (Path source : sources.filter(Files::isRegularFile)
                        .filter(p -> !p.toString().contains("vaadin-i18n")).toList()) {
                    code.append(new String(Files.readAllBytes(source), java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
        }
        String sources = code.toString();
        Set<String> stale = new TreeSet<>();
        for (String key : keysByLanguage().get("en")) {
            for (EnumKeys entry : ENUM_KEYS) {
                if (standsForAConstant(key, entry) && !produced.contains(key) && !sources.contains('"' + key + '"')) {
                    stale.add(key);
                }
            }
        }
        assertThat(stale).as("keys of constants that no longer exist, named by no code").isEmpty();
    }

    /** Whether the key has the shape prefix + one dotless name + one of the entry's suffixes. */
    private static boolean standsForAConstant(String key, EnumKeys entry) {
        if (!key.startsWith(entry.prefix())) {
            return false;
        }
        String rest = key.substring(entry.prefix().length());
        return entry.suffixes().stream().anyMatch(suffix -> rest.endsWith(suffix) && rest.length() > suffix.length()
                && !rest.substring(0, rest.length() - suffix.length()).contains("."));
    }

    private static Map<String, Set<String>> keysByLanguage() {
        Map<String, Set<String>> keys = new java.util.LinkedHashMap<>();
        KadensTranslations.bundleFiles().forEach((language, bundles) -> {
            Set<String> all = new TreeSet<>();
            bundles.values().forEach(p -> all.addAll(p.stringPropertyNames()));
            keys.put(language, all);
        });
        assertThat(keys.keySet()).containsExactlyInAnyOrder("en", "sv");
        return keys;
    }

    /** The constants other than the named ones: those the code can never pass. */
    private static Set<String> unreachableExcept(Class<? extends Enum<?>> type, String... reachable) {
        Set<String> names = names(type);
        names.removeAll(Set.of(reachable));
        return names;
    }

    private static Set<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A package-private enum of a view, by its binary name. */
    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>> enumNamed(String binaryName) {
        try {
            return (Class<? extends Enum<?>>) Class.forName(binaryName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(binaryName + " moved: update its entry", e);
        }
    }

    /** NotificationKind.key() is package-private to the notifications package; the renderer's own naming. */
    private static String notificationKey(Enum<?> kind) {
        try {
            Method key = NotificationKind.class.getDeclaredMethod("key");
            key.setAccessible(true);
            return (String) key.invoke(kind);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("NotificationKind.key() changed: update this test", e);
        }
    }
}
