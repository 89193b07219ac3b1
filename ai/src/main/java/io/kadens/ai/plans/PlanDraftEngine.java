package io.kadens.ai.plans;

import io.kadens.ai.Languages;
import io.kadens.ai.SourceRef;
import io.kadens.ai.plans.PlanDraftRequest.Competency;
import io.kadens.ai.plans.PlanDraftRequest.FrameworkChunk;
import io.kadens.ai.plans.PlanDraftRequest.GrowthTheme;
import io.kadens.ai.plans.PlanDraftRequest.Mentor;
import io.kadens.ai.plans.PlanDraftRequest.RatedBy;
import io.kadens.ai.plans.PlanDraftRequest.Rating;
import io.kadens.ai.plans.PlanDraftRequest.TrainingCandidate;
import io.kadens.ai.smart.SmartAssessment;
import io.kadens.ai.smart.SmartChecker;
import io.kadens.ai.smart.SmartInput;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The offline plan drafter: explicit rules over the request, no model, no network, deterministic.
 *
 * <p><b>Gaps.</b> For every competency with an expected level, expected minus the latest assessed level.
 * The manager's latest rating is preferred over the person's own when both exist: the manager rates
 * against the framework across the whole team, while self ratings of the same people scatter more widely
 * (both over- and under-rating), so the manager's is the better estimate of where the person stands; the
 * self rating counts only while no manager has rated the competency. Growth themes of the person's
 * feedback add to the competency they are about (named, or matched by the words of the competency's
 * name, description and indicators) and make a gap of their own where no rating shows one. The score is
 * the levels missing plus a feedback weight that grows with the number of feedback items (0.6 for one,
 * up to 1.0), so a one-level gap confirmed by feedback ranks above a one-level gap alone, and a two-level
 * gap above a theme alone.
 *
 * <p><b>Objectives.</b> The top gaps, 2 to 4 (fewer for a short horizon: 2 up to 3 months, 3 up to 6),
 * with due dates spread over the horizon, each worded to pass the SMART checker and carrying up to three
 * actions: a stretch task from the framework's description of the level to reach, a mentor who opted in
 * for the competency, and a training item that teaches it at a fitting level. An action nothing supports
 * is left out with a note; nothing is invented, every id cited comes from the request.
 */
public final class PlanDraftEngine {

    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SV_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));

    /** Score of a gap from feedback for one feedback item; each further item adds a step, up to the cap. */
    static final double THEME_WEIGHT = 0.6;
    static final double THEME_STEP = 0.2;
    static final double THEME_CAP = 1.0;
    /** Weight of a competency's word found inside a compound word of a theme's name. */
    static final double COMPOUND_WEIGHT = 1.5;

    private final SmartChecker smart = new SmartChecker();

    /** A draft, or what is missing for one. */
    public PlanDraftOutcome draft(PlanDraftRequest request) {
        Optional<MissingInput> missing = missing(request);
        if (missing.isPresent()) {
            return missing.get();
        }
        Analysis analysis = analyse(request);
        List<LeftOut> notes = new ArrayList<>(analysis.notes);
        List<DraftObjective> objectives = new ArrayList<>();
        Set<String> usedTraining = new HashSet<>();
        int count = objectiveCount(request, analysis.gaps.size());
        for (int i = 0; i < analysis.gaps.size(); i++) {
            RankedGap gap = analysis.gaps.get(i);
            if (i >= count) {
                notes.add(note(request, LeftOut.Reason.BELOW_THE_CUT, gap.competencyId(), gap.competencyName()));
                continue;
            }
            objectives.add(objective(request, analysis, gap, i, count, 0, usedTraining, notes));
        }
        return new PlanDraft(analysis.gaps, objectives, notes, request.language());
    }

    /**
     * Another wording and choice of actions for the objective of one competency: alternative n takes the
     * n-th next training item, mentor and stretch description (cycling), and the other sentence pattern.
     * Training items the draft's other objectives use are not offered. Empty when the competency is not
     * one of the draft's objectives or input is missing.
     */
    public Optional<DraftObjective> redraft(PlanDraftRequest request, String competencyId, int alternative) {
        if (missing(request).isPresent()) {
            return Optional.empty();
        }
        Analysis analysis = analyse(request);
        int count = objectiveCount(request, analysis.gaps.size());
        Set<String> usedByOthers = new HashSet<>();
        List<LeftOut> scratch = new ArrayList<>();
        int index = -1;
        for (int i = 0; i < Math.min(count, analysis.gaps.size()); i++) {
            RankedGap gap = analysis.gaps.get(i);
            Set<String> used = new HashSet<>(usedByOthers);
            DraftObjective first = objective(request, analysis, gap, i, count, 0, used, scratch);
            if (gap.competencyId().equals(competencyId)) {
                index = i;
            } else {
                first.actions().stream().filter(a -> a.kind() == ActionKind.FORMAL_LEARNING)
                        .forEach(a -> usedByOthers.add(a.referenceId()));
            }
        }
        if (index < 0) {
            return Optional.empty();
        }
        return Optional.of(objective(request, analysis, analysis.gaps.get(index), index, count,
                Math.max(0, alternative), usedByOthers, new ArrayList<>()));
    }

    // ---------------------------------------------------------------- missing input

    static Optional<MissingInput> missing(PlanDraftRequest request) {
        List<MissingInput.Missing> missing = new ArrayList<>();
        if (request.competencies().isEmpty()) {
            missing.add(new MissingInput.Missing(MissingInput.What.NO_FRAMEWORK, MissingInput.Who.HR_ADMIN));
        } else if (request.competencies().stream().allMatch(c -> c.expectedLevel() == null)) {
            missing.add(new MissingInput.Missing(MissingInput.What.NO_EXPECTATIONS, MissingInput.Who.HR_ADMIN));
        }
        Set<String> framework = new HashSet<>();
        request.competencies().forEach(c -> framework.add(c.id()));
        if (request.ratings().stream().noneMatch(r -> framework.contains(r.competencyId()))) {
            missing.add(new MissingInput.Missing(MissingInput.What.NO_ASSESSMENT, MissingInput.Who.PERSON_OR_MANAGER));
        }
        if (request.catalogue().isEmpty()) {
            missing.add(new MissingInput.Missing(MissingInput.What.EMPTY_LIBRARY, MissingInput.Who.HR_ADMIN));
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(new MissingInput(missing));
    }

    // ---------------------------------------------------------------- gaps

    private record Analysis(List<RankedGap> gaps, Map<String, Competency> competencies, List<LeftOut> notes,
                            Map<String, Integer> current, Map<String, List<GrowthTheme>> themes) {
    }

    private Analysis analyse(PlanDraftRequest request) {
        Map<String, Competency> competencies = new LinkedHashMap<>();
        request.competencies().forEach(c -> competencies.putIfAbsent(c.id(), c));
        List<LeftOut> notes = new ArrayList<>();

        Map<String, Rating> latest = latestRatings(request.ratings());
        Map<String, List<GrowthTheme>> themes = new LinkedHashMap<>();
        for (GrowthTheme theme : request.growthThemes()) {
            if (theme.feedbackIds().isEmpty()) {
                notes.add(note(request, LeftOut.Reason.THEME_WITHOUT_FEEDBACK, null, theme.name()));
                continue;
            }
            String competencyId = themeCompetency(theme, competencies);
            if (competencyId == null) {
                notes.add(note(request, LeftOut.Reason.THEME_WITHOUT_COMPETENCY, null, theme.name()));
                continue;
            }
            themes.computeIfAbsent(competencyId, k -> new ArrayList<>()).add(theme);
        }

        record Scored(RankedGap gap, double relative, int order) {
        }
        List<Scored> scored = new ArrayList<>();
        Map<String, Integer> current = new LinkedHashMap<>();
        int order = 0;
        for (Competency competency : competencies.values()) {
            order++;
            Rating rating = latest.get(competency.id());
            if (rating != null) {
                current.put(competency.id(), rating.level());
            }
            List<GrowthTheme> about = themes.getOrDefault(competency.id(), List.of());
            Integer expected = competency.expectedLevel();
            int levels = expected != null && rating != null ? Math.max(0, expected - rating.level()) : 0;
            if (expected != null && rating == null && about.isEmpty()) {
                notes.add(note(request, LeftOut.Reason.NOT_ASSESSED, competency.id(), competency.name()));
                continue;
            }
            double themeScore = themeScore(about);
            if (levels == 0 && themeScore == 0) {
                continue;
            }
            GapOrigin origin = levels > 0 && themeScore > 0 ? GapOrigin.ASSESSMENT_AND_FEEDBACK
                    : levels > 0 ? GapOrigin.ASSESSMENT : GapOrigin.FEEDBACK;
            List<SourceRef> citations = new ArrayList<>();
            if (rating != null && levels > 0) {
                citations.add(rating.source());
            }
            citations.add(competency.source());
            Set<String> feedback = new LinkedHashSet<>();
            about.forEach(theme -> feedback.addAll(theme.feedbackIds()));
            feedback.forEach(id -> citations.add(SourceRef.of(PlanSourceTypes.FEEDBACK, id)));
            RankedGap gap = new RankedGap(0, competency.id(), competency.name(), expected,
                    rating == null ? null : rating.level(), rating == null ? null : rating.ratedBy(), origin,
                    levels + themeScore, about.stream().map(GrowthTheme::name).distinct().toList(), citations);
            scored.add(new Scored(gap, expected == null || expected == 0 ? 0 : (double) levels / expected, order));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> s.gap().score()).reversed()
                .thenComparing(Comparator.comparingDouble(Scored::relative).reversed())
                .thenComparingInt(Scored::order));
        List<RankedGap> gaps = new ArrayList<>();
        for (Scored s : scored) {
            RankedGap g = s.gap();
            gaps.add(new RankedGap(gaps.size() + 1, g.competencyId(), g.competencyName(), g.expected(), g.current(),
                    g.ratedBy(), g.origin(), g.score(), g.themeNames(), g.citations()));
        }
        return new Analysis(gaps, competencies, notes, current, themes);
    }

    /** The latest manager rating per competency, or the latest self rating where no manager has rated. */
    static Map<String, Rating> latestRatings(List<Rating> ratings) {
        Map<String, Rating> manager = new LinkedHashMap<>();
        Map<String, Rating> self = new LinkedHashMap<>();
        for (Rating rating : ratings) {
            Map<String, Rating> byKind = rating.ratedBy() == RatedBy.MANAGER ? manager : self;
            byKind.merge(rating.competencyId(), rating, (a, b) -> b.assessedAt().isAfter(a.assessedAt()) ? b : a);
        }
        Map<String, Rating> latest = new LinkedHashMap<>(self);
        latest.putAll(manager);
        return latest;
    }

    private static double themeScore(List<GrowthTheme> themes) {
        if (themes.isEmpty()) {
            return 0;
        }
        long items = themes.stream().flatMap(t -> t.feedbackIds().stream()).distinct().count();
        return Math.min(THEME_CAP, THEME_WEIGHT + THEME_STEP * (items - 1));
    }

    /** The competency a theme is about: the one it names, else the best match of words, else none. */
    static String themeCompetency(GrowthTheme theme, Map<String, Competency> competencies) {
        if (theme.competencyId() != null && competencies.containsKey(theme.competencyId())) {
            return theme.competencyId();
        }
        Set<String> name = Words.stems(theme.name());
        Set<String> all = Words.stems(theme.name() + " " + theme.summary());
        String best = null;
        double bestScore = 0;
        for (Competency competency : competencies.values()) {
            Set<String> competencyName = Words.stems(competency.name());
            Set<String> described = Words.stems(competency.name() + " " + competency.description() + " "
                    + String.join(" ", competency.indicators()));
            // The theme's name meeting the competency's name counts most; words of the description and
            // indicators break ties and catch themes named in other words. Swedish names a theme in
            // compounds ("Tidrapporteringen"): a word of the competency inside such a compound counts
            // nearly as much as a shared word (tuned on the development cases, 2026-12-06).
            double score = 3.0 * Words.overlap(name, competencyName) + Words.overlap(all, competencyName)
                    + 0.5 * Words.overlap(all, described)
                    + COMPOUND_WEIGHT * Words.insideCompounds(theme.name(), described);
            if (score > bestScore) {
                bestScore = score;
                best = competency.id();
            }
        }
        return bestScore >= 1.0 ? best : null;
    }

    private static int objectiveCount(PlanDraftRequest request, int gaps) {
        int cap = request.horizonMonths() <= 3 ? PlanDraft.MIN_OBJECTIVES
                : request.horizonMonths() <= 6 ? 3 : PlanDraft.MAX_OBJECTIVES;
        return Math.min(gaps, cap);
    }

    // ---------------------------------------------------------------- objectives

    private DraftObjective objective(PlanDraftRequest request, Analysis analysis, RankedGap gap, int index, int count,
                                     int alternative, Set<String> usedTraining, List<LeftOut> notes) {
        Competency competency = analysis.competencies.get(gap.competencyId());
        LocalDate due = due(request, index, count);
        int target = targetLevel(request, gap);
        List<DraftAction> actions = new ArrayList<>();
        stretch(request, competency, target, alternative).ifPresentOrElse(actions::add,
                () -> notes.add(note(request, LeftOut.Reason.NO_STRETCH_DESCRIPTION, competency.id(), competency.name())));
        mentor(request, competency, alternative).ifPresentOrElse(actions::add,
                () -> notes.add(note(request, LeftOut.Reason.NO_MENTOR, competency.id(), competency.name())));
        training(request, competency, gap, target, alternative, usedTraining).ifPresentOrElse(action -> {
            actions.add(action);
            usedTraining.add(action.referenceId());
        }, () -> notes.add(note(request, LeftOut.Reason.NO_TRAINING, competency.id(), competency.name())));
        String text = wording(request, gap, target, due, actions.size(), alternative);
        return new DraftObjective(competency.id(), competency.name(), text, check(request, text, due), due, alternative,
                actions, gap.citations());
    }

    /** The SMART checker's verdicts on an objective's text, in the plan's language and period. */
    SmartAssessment check(PlanDraftRequest request, String text, LocalDate due) {
        return smart.check(new SmartInput(text, request.language(), null, due, request.today(), null, request.today()));
    }

    /** Due dates spread over the horizon in rank order; the last objective is due at the horizon's end. */
    static LocalDate due(PlanDraftRequest request, int index, int count) {
        int months = Math.max(1, (int) Math.round(request.horizonMonths() * (index + 1) / (double) Math.max(1, count)));
        return request.today().plusMonths(Math.min(months, request.horizonMonths()));
    }

    /** The level to reach: the expected one for an assessed gap, one step up for a theme alone. */
    private static int targetLevel(PlanDraftRequest request, RankedGap gap) {
        if (gap.levels() > 0) {
            return gap.expected();
        }
        if (gap.current() != null) {
            return Math.min(request.scale(), gap.current() + 1);
        }
        return gap.expected() != null ? gap.expected() : (request.scale() + 1) / 2;
    }

    private static boolean swedish(PlanDraftRequest request) {
        return Languages.SWEDISH.equals(request.language());
    }

    static String date(PlanDraftRequest request, LocalDate date) {
        return swedish(request) ? "senast " + date.format(SV_DATE) : "by " + date.format(EN_DATE);
    }

    private static String wording(PlanDraftRequest request, RankedGap gap, int target, LocalDate due, int actions,
                                  int alternative) {
        boolean sv = swedish(request);
        String name = gap.competencyName();
        String when = date(request, due);
        String role = request.person().targetRoleName() != null ? request.person().targetRoleName()
                : request.person().roleName();
        boolean second = alternative % 2 == 1;
        // Patterns the SMART checker passes on every criterion: a rating "from 1 to 3" or "of 3" is the
        // measure, the due date the deadline, the role's expectations or the feedback the purpose.
        if (gap.levels() > 0) {
            if (sv) {
                String purpose = role == null ? "för att möta förväntningarna i min roll"
                        : "för att möta förväntningarna för " + role;
                return second
                        ? "Nå chefens bedömning " + target + " i " + name + ", upp från " + gap.current() + ", " + when
                                + ", " + purpose + "."
                        : "Höj min bedömning i " + name + " från " + gap.current() + " till " + target + " " + when
                                + ", " + purpose + ".";
            }
            String purpose = role == null ? "so that I meet the expectations of my role"
                    : "so that I meet the expectations for " + role;
            return second
                    ? "Reach a manager rating of " + target + " in " + name + ", up from " + gap.current() + ", " + when
                            + ", " + purpose + "."
                    : "Raise my " + name + " rating from " + gap.current() + " to " + target + " " + when + ", "
                            + purpose + ".";
        }
        String theme = lower(gap.themeNames().isEmpty() ? name : gap.themeNames().getFirst());
        int steps = Math.max(1, actions);
        boolean rated = gap.current() != null && target > gap.current();
        if (sv) {
            if (rated && !second) {
                return "Höj min bedömning i " + name + " från " + gap.current() + " till " + target + " " + when
                        + " genom att agera på återkopplingen om " + theme + ", för att kollegorna ska märka skillnaden.";
            }
            return "Agera på återkopplingen om " + theme + ": genomför " + steps + " utvecklingsaktiviteter inom " + name
                    + " " + when + ", för att kollegorna ska märka skillnaden.";
        }
        if (rated && !second) {
            return "Raise my " + name + " rating from " + gap.current() + " to " + target + " " + when
                    + ", acting on the feedback about " + theme + ", so that colleagues notice the change.";
        }
        return second || rated
                ? "Use " + steps + " concrete actions in " + name + " to act on the feedback about " + theme + " " + when
                        + ", so that colleagues notice the change."
                : "Complete " + steps + " development actions in " + name + " " + when
                        + ", so that colleagues notice the change the feedback about " + theme + " asked for.";
    }

    private static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    // ---------------------------------------------------------------- actions

    private static Optional<DraftAction> stretch(PlanDraftRequest request, Competency competency, int target,
                                                 int alternative) {
        boolean sv = swedish(request);
        record Description(String text, List<SourceRef> sources) {
        }
        List<Description> descriptions = new ArrayList<>();
        for (int level = target; level >= 1 && descriptions.size() < 2; level--) {
            String indicator = competency.indicator(level);
            if (!indicator.isBlank()) {
                descriptions.add(new Description(indicator, List.of(competency.source())));
            }
        }
        Set<String> name = Words.stems(competency.name());
        for (FrameworkChunk chunk : request.frameworkChunks()) {
            boolean about = competency.id().equals(chunk.competencyId())
                    || chunk.competencyId() == null && !name.isEmpty()
                    && Words.overlap(name, Words.stems(chunk.text())) == name.size();
            if (about && !chunk.text().isBlank()) {
                descriptions.add(new Description(firstSentence(chunk.text()), List.of(chunk.source(), competency.source())));
            }
        }
        if (descriptions.isEmpty()) {
            return Optional.empty();
        }
        Description chosen = descriptions.get(alternative % descriptions.size());
        String text = sv
                ? "Ta dig an en uppgift i ditt arbete där du får öva " + competency.name() + ": " + quote(chosen.text(), true)
                : "Take on a task in your work that practises " + competency.name() + ": " + quote(chosen.text(), false);
        return Optional.of(new DraftAction(ActionKind.STRETCH, text, null, competency.name(), chosen.sources()));
    }

    private static String quote(String text, boolean sv) {
        String body = text.strip().replaceAll("[.\\s]+$", "");
        return (sv ? "”" : "“") + body + "”.";
    }

    private static String firstSentence(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        int end = flat.indexOf(". ");
        String sentence = end > 0 ? flat.substring(0, end + 1) : flat;
        return sentence.length() <= 240 ? sentence : sentence.substring(0, 237).strip() + "…";
    }

    private static boolean teaches(List<String> tags, Competency competency) {
        for (String tag : tags) {
            if (tag.equals(competency.id()) || tag.equalsIgnoreCase(competency.name())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<DraftAction> mentor(PlanDraftRequest request, Competency competency, int alternative) {
        List<Mentor> mentors = request.mentors().stream()
                .filter(m -> !m.personId().equals(request.person().id()))
                .filter(m -> teaches(m.competencies(), competency))
                .sorted(Comparator.comparing(Mentor::name).thenComparing(Mentor::personId))
                .toList();
        if (mentors.isEmpty()) {
            return Optional.empty();
        }
        Mentor mentor = mentors.get(alternative % mentors.size());
        String text = swedish(request)
                ? "Träffa " + mentor.name() + " regelbundet och lär av hur hen arbetar med " + competency.name() + "."
                : "Meet " + mentor.name() + " regularly and learn from how they work with " + competency.name() + ".";
        return Optional.of(new DraftAction(ActionKind.LEARN_FROM_OTHERS, text, mentor.personId(), mentor.name(),
                List.of(mentor.source(), competency.source())));
    }

    /**
     * The training items that teach the competency at a fitting level, best first: a level within the steps
     * to take, then items without a level, then a neighbouring level; within those the hybrid search's
     * relevance, the words shared with the competency and its themes, the plan's language, and the title.
     */
    static List<TrainingCandidate> fittingTraining(PlanDraftRequest request, Competency competency, RankedGap gap,
                                                   int target) {
        // Every step from the current level to the target fits: someone at 1 of 4 aiming for 3 takes
        // beginner (step 2) and intermediate (step 3) material alike.
        int first = gap.current() == null ? target : Math.min(target, gap.current() + 1);
        CourseLevel lowest = CourseLevel.forStep(first, request.scale());
        CourseLevel highest = CourseLevel.forStep(target, request.scale());
        Set<String> words = Words.stems(competency.name() + " " + String.join(" ", gap.themeNames()));
        record Ranked(TrainingCandidate item, int levelRank, double relevance, int shared, int language) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (TrainingCandidate item : request.catalogue()) {
            if (!teaches(item.competencies(), competency)) {
                continue;
            }
            int distance = item.level() == null ? 0 : Math.min(item.level().distance(lowest), item.level().distance(highest));
            boolean within = item.level() != null && item.level().ordinal() >= lowest.ordinal()
                    && item.level().ordinal() <= highest.ordinal();
            int levelRank = item.level() == null ? 1 : within ? 0 : distance == 1 ? 2 : -1;
            if (levelRank < 0) {
                continue;
            }
            int shared = Words.overlap(words, Words.stems(item.title() + " " + item.description()));
            int language = item.language() == null || item.language().startsWith(request.language()) ? 0 : 1;
            ranked.add(new Ranked(item, levelRank, item.relevance(), shared, language));
        }
        ranked.sort(Comparator.comparingInt(Ranked::levelRank)
                .thenComparing(Comparator.comparingDouble(Ranked::relevance).reversed())
                .thenComparing(Comparator.comparingInt(Ranked::shared).reversed())
                .thenComparingInt(Ranked::language)
                .thenComparing(r -> r.item().title())
                .thenComparing(r -> r.item().id()));
        return ranked.stream().map(Ranked::item).toList();
    }

    private static Optional<DraftAction> training(PlanDraftRequest request, Competency competency, RankedGap gap,
                                                  int target, int alternative, Set<String> used) {
        List<TrainingCandidate> fitting = fittingTraining(request, competency, gap, target).stream()
                .filter(item -> !used.contains(item.id())).toList();
        if (fitting.isEmpty()) {
            return Optional.empty();
        }
        TrainingCandidate item = fitting.get(alternative % fitting.size());
        String text = swedish(request) ? "Gå utbildningen ”" + item.title() + "”."
                : "Complete the training “" + item.title() + "”.";
        return Optional.of(new DraftAction(ActionKind.FORMAL_LEARNING, text, item.id(), item.title(),
                List.of(item.source(), competency.source())));
    }

    // ---------------------------------------------------------------- notes

    static LeftOut note(PlanDraftRequest request, LeftOut.Reason reason, String competencyId, String subject) {
        boolean sv = swedish(request);
        String text = switch (reason) {
            case NO_TRAINING -> sv ? "Ingen utbildning i biblioteket lär ut " + subject + " på en passande nivå."
                    : "No training item in the library teaches " + subject + " at a fitting level.";
            case NO_MENTOR -> sv ? "Ingen har anmält sig som mentor i " + subject + "."
                    : "Nobody has opted in to mentor " + subject + ".";
            case NO_STRETCH_DESCRIPTION -> sv ? "Ramverket beskriver inte nivån att nå i " + subject
                    + ", så ingen utvecklingsuppgift föreslås." : "The framework does not describe the level to reach in "
                    + subject + ", so no stretch task is suggested.";
            case THEME_WITHOUT_COMPETENCY -> sv ? "Temat ”" + subject + "” från återkopplingen motsvarar ingen kompetens"
                    + " i ramverket." : "The feedback theme “" + subject + "” matches no competency of the framework.";
            case THEME_WITHOUT_FEEDBACK -> sv ? "Temat ”" + subject + "” hänvisar inte till någon återkoppling."
                    : "The theme “" + subject + "” cites no feedback.";
            case NOT_ASSESSED -> sv ? subject + " har ingen bedömning än, så gapet är okänt."
                    : subject + " has not been assessed yet, so its gap is unknown.";
            case BELOW_THE_CUT -> sv ? subject + " är också ett gap men får inte plats i planens tidshorisont."
                    : subject + " is a gap too, but the plan's horizon has no room for it.";
            case REWORDING_DROPPED -> sv ? "Språkmodellens formulering av målet i " + subject
                    + " kunde inte beläggas; den ursprungliga behölls." : "The language model's wording of the objective in "
                    + subject + " could not be verified; the original was kept.";
        };
        return new LeftOut(reason, competencyId, subject, text);
    }
}
