package io.kadens.feedbacksummary;

import io.kadens.ai.AiResult;
import io.kadens.ai.SearchAccessRules;
import io.kadens.ai.PersonalDataRedactor;
import io.kadens.ai.SourceRef;
import io.kadens.ai.Statement;
import io.kadens.ai.summary.Caveat;
import io.kadens.ai.summary.CompetencyName;
import io.kadens.competencies.CompetencyFrameworks;
import io.kadens.settings.TenantSettingsService;
import io.kadens.ai.summary.FeedbackItem;
import io.kadens.ai.summary.FeedbackSummaries;
import io.kadens.ai.summary.FeedbackSummary;
import io.kadens.ai.summary.Polarity;
import io.kadens.ai.summary.Quote;
import io.kadens.ai.summary.SummaryRequest;
import io.kadens.ai.summary.SummarySource;
import io.kadens.ai.summary.Theme;
import io.kadens.feedback.Feedback;
import io.kadens.feedback.FeedbackEvidence;
import io.kadens.feedback.FeedbackSource;
import io.kadens.feedbacksummary.FeedbackSummaryReport.CaveatView;
import io.kadens.feedbacksummary.FeedbackSummaryReport.Citation;
import io.kadens.feedbacksummary.FeedbackSummaryReport.CoverageView;
import io.kadens.feedbacksummary.FeedbackSummaryReport.QuoteView;
import io.kadens.feedbacksummary.FeedbackSummaryReport.SummarySentence;
import io.kadens.feedbacksummary.FeedbackSummaryReport.ThemeView;
import io.kadens.people.DirectoryEntry;
import io.kadens.people.PeopleService;
import io.kadens.people.PersonProfile;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.KadensTranslations;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Feedback summaries for a person and a period. Who may ask: the person about themself, anyone
 * above them in their reporting line, and HR admins when the tenant lets them (the setting
 * {@code hrReadsFeedbackSummaries}, for calibration; off by default); anyone else, and any id of
 * another tenant, gets "not found". The summary rests only on the feedback the requester may see (the feedback
 * feature decides that, anonymous items only above the tenant's threshold), and every quote and
 * every sentence's citation is checked again against that feature before it is shown.
 */
@Service
public class FeedbackSummaryService {

    /** The longest period one summary covers. */
    public static final int MAX_PERIOD_DAYS = 3 * 366;
    /** The period when none is given: the last six months. */
    public static final int DEFAULT_PERIOD_MONTHS = 6;

    private final Feedback feedback;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final FeedbackSummaries summaries;
    private final SearchAccessRules citations;
    private final KadensTranslations translations;
    private final Clock clock;
    private final TenantSettingsService settings;
    private final CompetencyFrameworks competencies;

    FeedbackSummaryService(Feedback feedback, PeopleService people, CurrentUser currentUser,
                           FeedbackSummaries summaries, SearchAccessRules citations,
                           KadensTranslations translations, Clock clock, TenantSettingsService settings,
                           CompetencyFrameworks competencies) {
        this.settings = settings;
        this.competencies = competencies;
        this.feedback = feedback;
        this.people = people;
        this.currentUser = currentUser;
        this.summaries = summaries;
        this.citations = citations;
        this.translations = translations;
        this.clock = clock;
    }

    /** Whether the signed-in user may ask for a summary of this person (false also for unknown ids). */
    public boolean mayView(UUID employeeId) {
        KadensUser me = currentUser.get().orElse(null);
        if (me == null || me.isOperator() || employeeId == null) {
            return false;
        }
        if (me.personId().equals(employeeId)) {
            return true;
        }
        if (people.find(employeeId).isEmpty()) {
            return false;
        }
        return people.isAbove(me.personId(), employeeId)
                || me.has(Role.HR_ADMIN) && settings.current().hrReadsFeedbackSummaries();
    }

    /** The person's name for a page title, if the requester may ask about them. */
    public Optional<String> personName(UUID employeeId) {
        if (!mayView(employeeId)) {
            return Optional.empty();
        }
        return people.find(employeeId).map(p -> p.givenName() + " " + p.familyName());
    }

    /** The period used when none is given: the last six months up to today. */
    public LocalDate defaultFrom() {
        return today().minusMonths(DEFAULT_PERIOD_MONTHS);
    }

    /** Today in the organisation's time zone, as feedback is dated: after midnight in Stockholm, today's items count. */
    public LocalDate today() {
        return feedback.today();
    }

    /**
     * The summary of {@code employeeId}'s feedback given from {@code from} to {@code to} (inclusive).
     *
     * @param from null: six months before {@code to}
     * @param to   null: today
     * @throws FeedbackSummaryNotFoundException the requester may not ask about this person (or no such person)
     * @throws InvalidInputException            the period ends before it starts or is longer than three years
     */
    public FeedbackSummaryReport summarize(UUID employeeId, LocalDate from, LocalDate to) {
        KadensUser me = currentUser.require();
        // Access first: someone who may not ask (the operator, another tenant) learns nothing, and today's
        // date is then read only inside an organisation.
        if (!mayView(employeeId)) {
            throw new FeedbackSummaryNotFoundException();
        }
        LocalDate end = to != null ? to : today();
        LocalDate start = from != null ? from : end.minusMonths(DEFAULT_PERIOD_MONTHS);
        new InvalidInputException.Collector()
                .check(!end.isBefore(start), "to", "summary.period.order")
                .check(end.toEpochDay() - start.toEpochDay() <= MAX_PERIOD_DAYS, "from", "summary.period.too-long")
                .throwIfAny();
        PersonProfile profile = people.profile(employeeId).orElseThrow(FeedbackSummaryNotFoundException::new);
        List<FeedbackEvidence> evidence = feedback.evidenceAbout(employeeId, start, end);
        Map<String, FeedbackEvidence> byId = new LinkedHashMap<>();
        evidence.forEach(item -> byId.put(item.feedbackId().toString(), item));

        Set<SummarySource> expected = EnumSet.of(SummarySource.PEER);
        if (profile.person().managerId() != null) {
            expected.add(SummarySource.MANAGER);
        }
        if (!profile.directReports().isEmpty()) {
            expected.add(SummarySource.UPWARD);
        }
        // Themes are named after the tenant's framework competencies when one matches well.
        List<CompetencyName> framework = competencies.competencies(false).stream()
                .map(c -> new CompetencyName(c.id().toString(), c.name(), c.data().description())).toList();
        SummaryRequest request = new SummaryRequest(evidence.stream().map(FeedbackSummaryService::item).toList(),
                start, end, today(), expected, framework);
        Locale locale = me.locale();
        String language = "sv".equals(locale.getLanguage()) ? "sv" : "en";
        AiResult<FeedbackSummary> result = summaries.summarize(request, language, peopleToRedact(profile, evidence));
        if (result.value() == null) {
            return new FeedbackSummaryReport(employeeId, start, end, List.of(), null, List.of(), result.mode(),
                    result.fallbackReason());
        }
        FeedbackSummary summary = result.value();
        List<ThemeView> themes = new ArrayList<>();
        Map<String, Boolean> visible = visibility(summary, byId);
        for (Theme theme : summary.themes()) {
            ThemeView view = view(theme, byId, visible, summary.coverage().items(), locale);
            if (view != null) {
                themes.add(view);
            }
        }
        return new FeedbackSummaryReport(employeeId, start, end, themes, coverage(summary),
                summary.caveats().stream().map(caveat -> new CaveatView(caveat.kind(), caveat.value(),
                        translations.getTranslation("summary.caveat." + caveat.kind().name(), locale, caveat.value())))
                        .toList(), result.mode(), result.fallbackReason());
    }

    /** A cited item, if the requester may see it now (the feedback feature decides), without its author. */
    public Optional<CitedItem> citedItem(UUID feedbackId) {
        if (feedbackId == null) {
            return Optional.empty();
        }
        return feedback.find(feedbackId).map(item -> new CitedItem(item.id(), item.text(), source(item.source()),
                item.anonymous(), item.anonymous() ? null : item.givenOn(), item.competency()));
    }

    static FeedbackItem item(FeedbackEvidence evidence) {
        return new FeedbackItem(evidence.feedbackId().toString(), evidence.text(), source(evidence.source()), null,
                evidence.anonymous() ? null : evidence.givenOn(), evidence.anonymous());
    }

    static SummarySource source(FeedbackSource source) {
        if (source == null) {
            return SummarySource.OTHER;
        }
        return switch (source.name()) {
            case "MANAGER" -> SummarySource.MANAGER;
            case "PEER" -> SummarySource.PEER;
            case "REPORT", "UPWARD" -> SummarySource.UPWARD;
            case "PRAISE" -> SummarySource.PRAISE;
            default -> SummarySource.OTHER;
        };
    }

    /**
     * A theme as shown, keeping only what passes the second check: each quote's and each sentence's
     * items were among the evidence handed over and are visible to the requester now. A theme left
     * without a quote is not shown.
     */
    private ThemeView view(Theme theme, Map<String, FeedbackEvidence> evidence, Map<String, Boolean> visible,
                           int totalItems, Locale locale) {
        List<QuoteView> quotes = new ArrayList<>();
        for (Quote quote : theme.quotes()) {
            if (citable(quote.itemId(), evidence, visible)) {
                FeedbackEvidence item = evidence.get(quote.itemId());
                quotes.add(new QuoteView(quote.text(), item.anonymous(), new Citation(item.feedbackId())));
            }
        }
        if (quotes.isEmpty()) {
            return null;
        }
        List<SummarySentence> sentences = new ArrayList<>();
        for (Statement statement : theme.prose()) {
            List<String> ids = statement.citations().stream()
                    .filter(ref -> FeedbackSummaries.SOURCE_TYPE.equals(ref.type())).map(SourceRef::id).toList();
            if (!ids.isEmpty() && ids.size() == statement.citations().size()
                    && ids.stream().allMatch(id -> citable(id, evidence, visible))) {
                sentences.add(new SummarySentence(statement.text(),
                        ids.stream().map(id -> new Citation(UUID.fromString(id))).toList()));
            }
        }
        List<String> itemIds = theme.itemIds().stream().filter(id -> citable(id, evidence, visible)).toList();
        if (sentences.isEmpty()) {
            String key = theme.polarity() == Polarity.STRENGTH ? "summary.theme.offline.strength"
                    : "summary.theme.offline.growth";
            sentences.add(new SummarySentence(translations.getTranslation(key, locale, theme.name().label(),
                    itemIds.size(), totalItems), quotes.stream().map(QuoteView::citation).toList()));
        }
        return new ThemeView(theme.name().label(), theme.name().competency(), theme.name().kind(),
                theme.name().link(), theme.polarity(), sentences, quotes, itemIds.size());
    }

    private static boolean citable(String itemId, Map<String, FeedbackEvidence> evidence, Map<String, Boolean> visible) {
        return evidence.containsKey(itemId) && Boolean.TRUE.equals(visible.get(itemId));
    }

    /** Whether the requester may see each item the summary cites now: one check for all of them. */
    private Map<String, Boolean> visibility(FeedbackSummary summary, Map<String, FeedbackEvidence> evidence) {
        java.util.Set<SourceRef> cited = new java.util.LinkedHashSet<>();
        for (Theme theme : summary.themes()) {
            theme.itemIds().forEach(id -> cited.add(new SourceRef(FeedbackSummaries.SOURCE_TYPE, id)));
            theme.quotes().forEach(quote -> cited.add(new SourceRef(FeedbackSummaries.SOURCE_TYPE, quote.itemId())));
            theme.prose().forEach(statement -> cited.addAll(statement.citations()));
        }
        cited.removeIf(ref -> !FeedbackSummaries.SOURCE_TYPE.equals(ref.type()) || !evidence.containsKey(ref.id()));
        java.util.Set<SourceRef> allowed = cited.isEmpty() ? java.util.Set.of() : citations.visible(cited);
        Map<String, Boolean> visible = new HashMap<>();
        cited.forEach(ref -> visible.put(ref.id(), allowed.contains(ref)));
        return visible;
    }

    private static CoverageView coverage(FeedbackSummary summary) {
        var coverage = summary.coverage();
        Map<String, Integer> bySource = new LinkedHashMap<>();
        for (SummarySource source : SummarySource.values()) {
            bySource.put(source.name(), coverage.bySource().getOrDefault(source, 0));
        }
        return new CoverageView(coverage.items(), bySource, coverage.anonymous(), coverage.firstDate(),
                coverage.lastDate(), coverage.recentItems(), (int) Math.round(coverage.recentShare() * 100));
    }

    /**
     * The authors named in the evidence and the people around the subject (their managers and reports,
     * whom feedback often mentions): their names never reach a language model.
     */
    private static PersonalDataRedactor.People peopleToRedact(PersonProfile profile, List<FeedbackEvidence> evidence) {
        DirectoryEntry subject = profile.person();
        List<PersonalDataRedactor.Person> others = new ArrayList<>();
        java.util.stream.Stream.concat(profile.reportingLine().stream(), profile.directReports().stream())
                .forEach(p -> others.add(new PersonalDataRedactor.Person(p.givenName(), p.familyName(), p.email(), null)));
        evidence.stream().map(FeedbackEvidence::authorLabel)
                .filter(label -> label != null && !label.isBlank()).distinct()
                .map(label -> {
                    String[] parts = label.strip().split("\\s+", 2);
                    return new PersonalDataRedactor.Person(parts[0], parts.length > 1 ? parts[1] : "", null, null);
                }).forEach(others::add);
        return new PersonalDataRedactor.People(new PersonalDataRedactor.Person(subject.givenName(),
                subject.familyName(), subject.email(), null), others);
    }
}
