package io.kadens.ai.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.testing.SharedEmbeddings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Leave-one-set-out validation of the theme grouping over the development files. Each file was written on a
 * different day by a different round, so each stands in for new feedback: for every fold the setting is chosen on
 * the other files (the most reference themes recovered plus predicted themes right, i.e. recall and precision
 * counted alike) and scored on the file left out. The average over the folds is the figure a setting earns, not its
 * in-sample development figure, which has misled every earlier round. The held-out file is never read here.
 * <p>
 * Polarity is out of sample too: each file is summarised with a polarity model fitted (features and strength as
 * committed) to the other development files only, as {@link PolarityEvaluation} scores it. Until 2026-12-07 11:00 UTC
 * every fold used the committed model, fitted to all files, which flattered a polarity change. With
 * {@code KADENS_LOSO_POLARITY=committed} the committed model is used again, to compare with those earlier figures.
 * Run: {@code -Peval -Dtest=FeedbackThemeLeaveOneSetOutEvaluation}.
 */
class FeedbackThemeLeaveOneSetOutEvaluation {

    @Test
    void chooseOnTheOthersScoreOnTheOneLeftOut() {
        var embeddings = SharedEmbeddings.get();
        Map<String, Setting> settings = settings();
        List<String> sets = ThemeRecoveryScoring.DEVELOPMENT_SETS;
        List<ThemeRecoveryScoring.Loaded> loaded = sets.stream().map(ThemeRecoveryScoring::load).toList();
        boolean committedPolarity = "committed".equals(System.getenv("KADENS_LOSO_POLARITY"));
        // KADENS_LOSO_POLARITY_WITHOUT=<file name>: the fold models are also fitted without that file, which measures what
        // adding it to the polarity training gives the other files' summaries (the ninth-set round, for heldout-8).
        String without = System.getenv("KADENS_LOSO_POLARITY_WITHOUT");
        List<PolarityScorer> polarity = sets.stream().map(out -> committedPolarity ? PolarityScorer.COMMITTED
                : PolarityModelGeneratorTest.fittedTo(sets.stream().filter(set -> !set.equals(out))
                        .filter(set -> without == null || !set.endsWith(without)).toList())).toList();
        Map<String, List<ThemeRecoveryScoring.Score>> scores = new LinkedHashMap<>();
        System.out.printf("%n=== Leave one set out: per-set recall / precision of each grouping setting (polarity: %s) ===%n",
                committedPolarity ? "the committed model, fitted to every file" : "a model fitted to the other files");
        for (Map.Entry<String, Setting> setting : settings.entrySet()) {
            List<ThemeRecoveryScoring.Score> perSet = new ArrayList<>();
            // KADENS_LOSO_DIAGNOSE=true: the wrong themes of the defaults, member by member (the cohesion round).
            ThemeRecoveryScoring.diagnose = "defaults".equals(setting.getKey())
                    && "true".equals(System.getenv("KADENS_LOSO_DIAGNOSE"));
            for (int s = 0; s < loaded.size(); s++) {
                perSet.add(ThemeRecoveryScoring.score(embeddings, loaded.get(s), setting.getValue().options(),
                        setting.getValue().grouping(), setting.getValue().contrastJoinsCriticism(),
                        setting.getValue().polarity(polarity.get(s)), setting.getValue().rules()));
            }
            ThemeRecoveryScoring.diagnose = false;
            scores.put(setting.getKey(), perSet);
            if ("true".equals(System.getenv("KADENS_LOSO_NOTES"))) {
                // Each development thread as summarised with the polarity model of its fold (never the held-out file).
                perSet.forEach(score -> score.notes().forEach(note -> System.out.println(setting.getKey() + " " + note)));
            }
            for (String language : new String[] {"en", "sv"}) {
                ThemeRecoveryScoring.Score only = null;
                for (int s = 0; s < loaded.size(); s++) {
                    ThemeRecoveryScoring.Loaded onlyLanguage = new ThemeRecoveryScoring.Loaded(
                            loaded.get(s).competencies(), loaded.get(s).threads().stream()
                                    .filter(thread -> language.equals(thread.language())).toList());
                    ThemeRecoveryScoring.Score score = ThemeRecoveryScoring.score(embeddings, onlyLanguage,
                            setting.getValue().options(), setting.getValue().grouping(),
                            setting.getValue().contrastJoinsCriticism(), setting.getValue().polarity(polarity.get(s)),
                            setting.getValue().rules());
                    only = only == null ? score : only.plus(score);
                }
                System.out.printf("%-28s %s threads only: recall %.3f (%d/%d), precision %.3f (%d/%d)%n",
                        setting.getKey(), "sv".equals(language) ? "Swedish" : "English", only.recall(),
                        only.recovered(), only.expected(), only.precision(), only.correct(), only.predicted());
            }
            ThemeRecoveryScoring.Score total = perSet.stream().reduce(ThemeRecoveryScoring.Score::plus).orElseThrow();
            StringBuilder line = new StringBuilder("%-28s all %.3f/%.3f (%d themes; names pass %.3f, a name a person listed %.3f) |"
                    .formatted(setting.getKey(), total.recall(), total.precision(), total.predicted(),
                            total.namesPassingShare(), total.namesAcceptableShare()));
            perSet.forEach(score -> line.append(" %.2f/%.2f".formatted(score.recall(), score.precision())));
            System.out.println(line);
        }
        for (String fixed : settings.keySet()) {
            System.out.printf("fixed %-22s %s%n", fixed, fold(scores, sets, List.of(fixed)));
        }
        System.out.printf("chosen on the others, scored on the one left out: %s%n", fold(scores, sets, List.copyOf(settings.keySet())));
        assertThat(scores).isNotEmpty();
    }

    /** For each left-out set, the setting (of those offered) best on the other sets, scored on the left-out one. */
    private static String fold(Map<String, List<ThemeRecoveryScoring.Score>> scores, List<String> sets, List<String> offered) {
        int recovered = 0;
        int expected = 0;
        int correct = 0;
        int predicted = 0;
        double recallSum = 0;
        List<String> chosen = new ArrayList<>();
        for (int out = 0; out < sets.size(); out++) {
            String best = null;
            int bestValue = Integer.MIN_VALUE;
            for (String setting : offered) {
                int value = 0;
                for (int s = 0; s < sets.size(); s++) {
                    if (s != out) {
                        ThemeRecoveryScoring.Score score = scores.get(setting).get(s);
                        value += score.recovered() + score.correct() - (score.predicted() - score.correct());
                    }
                }
                if (value > bestValue) {
                    bestValue = value;
                    best = setting;
                }
            }
            ThemeRecoveryScoring.Score score = scores.get(best).get(out);
            recovered += score.recovered();
            expected += score.expected();
            correct += score.correct();
            predicted += score.predicted();
            recallSum += score.recall();
            chosen.add(best + " %.2f/%.2f".formatted(score.recall(), score.precision()));
        }
        return "recall %.3f (%d/%d; mean of folds %.3f), precision %.3f (%d/%d) %s".formatted(
                (double) recovered / expected, recovered, expected, recallSum / sets.size(),
                (double) correct / predicted, correct, predicted, offered.size() > 1 ? chosen : "");
    }

    /**
     * The tenth-set round's candidates: the defaults, and the Swedish gloss ({@link SwedishGloss}) embedded and mixed
     * into the similarity of two Swedish sentences at a few weights, beside or in place of the Swedish sentence's own
     * embedding. {@code KADENS_LOSO_SETTINGS=groupings} offers the fourth round's grouping candidates instead.
     */
    private static Map<String, Setting> glossSettings() {
        FeedbackSummarizer.Options defaults = FeedbackSummarizer.Options.defaults();
        FeedbackSummarizer.Grouping grouping = FeedbackSummarizer.Grouping.defaults();
        boolean contrast = FeedbackSummarizer.CONTRAST_JOINS_CRITICISM;
        Map<String, Setting> settings = new LinkedHashMap<>();
        settings.put("defaults", new Setting(defaults, grouping, contrast));
        String weights = System.getenv().getOrDefault("KADENS_LOSO_GLOSS", "");
        for (String weight : weights.isBlank() ? new String[0] : weights.split(",")) {
            // "g" mixes the gloss in at weight g; "g/w" also sets the Swedish sentence embedding's weight to w.
            String[] parts = weight.split("/");
            FeedbackSummarizer.Options options = defaults.withSwedishGlossWeight(Double.parseDouble(parts[0]));
            if (parts.length > 1) {
                options = options.withSwedish(Double.parseDouble(parts[1]), options.swedishMergeThreshold());
            }
            if (parts.length > 2) {
                options = options.withSwedish(options.swedishEmbeddingWeight(), Double.parseDouble(parts[2]));
            }
            settings.put("gloss " + weight, new Setting(options, grouping, contrast));
        }
        ruleSettings(settings);
        return settings;
    }

    record Setting(FeedbackSummarizer.Options options, FeedbackSummarizer.Grouping grouping,
                   boolean contrastJoinsCriticism, FeedbackSummarizer.Rules rules, boolean plainFactsPraise) {

        Setting(FeedbackSummarizer.Options options, FeedbackSummarizer.Grouping grouping,
                boolean contrastJoinsCriticism) {
            this(options, grouping, contrastJoinsCriticism, FeedbackSummarizer.Rules.defaults(), false);
        }

        PolarityScorer polarity(PolarityScorer fold) {
            return plainFactsPraise ? plainFactsLeanPraise(fold, options.polarityThreshold()) : fold;
        }
    }

    static PolarityScorer plainFactsLeanPraise(PolarityScorer scorer, double threshold) {
        return FeedbackSummarizer.plainFactsLeanPraise(scorer, threshold);
    }

    /**
     * The eleventh-set round's candidates ({@link FeedbackSummarizer.Rules}), offered beside the defaults:
     * {@code KADENS_LOSO_RULES} lists them by name (courtesies, plain-facts, plain-facts+courtesies; plain-facts wraps
     * each fold's polarity model in {@link FeedbackSummarizer#plainFactsLeanPraise}), each optionally with English and
     * Swedish merge thresholds ({@code plain-facts@0.18/0.2}).
     */
    private static void ruleSettings(Map<String, Setting> settings) {
        FeedbackSummarizer.Options defaults = FeedbackSummarizer.Options.defaults();
        FeedbackSummarizer.Grouping grouping = FeedbackSummarizer.Grouping.defaults();
        boolean contrast = FeedbackSummarizer.CONTRAST_JOINS_CRITICISM;
        String names = System.getenv().getOrDefault("KADENS_LOSO_RULES", "");
        for (String entry : names.isBlank() ? new String[0] : names.split(",")) {
            // Run 1 also offered "courtesies-items" (a courtesy is not one of a theme's two items) and "gloss-names"
            // (Swedish themes matched to competencies by their glosses); figures in the eleventh-set record.
            // "name@e/s" (the twelfth-set round) also sets the English and the Swedish merge thresholds; the name
            // "defaults" offers the thresholds alone.
            String name = entry.split("@")[0];
            FeedbackSummarizer.Rules rules = switch (name) {
                case "courtesies", "plain-facts+courtesies" -> new FeedbackSummarizer.Rules(true, false);
                case "plain-facts" -> FeedbackSummarizer.Rules.NONE;
                case "defaults" -> FeedbackSummarizer.Rules.defaults();
                // The cohesion round (docs/decisions/2026-12-07-feedback-themes-cohesion.md): the defaults before it;
                // its other candidates are described in that record.
                case "no-cohesion" -> new FeedbackSummarizer.Rules(true, false);
                default -> throw new IllegalArgumentException(name);
            };
            FeedbackSummarizer.Options options = defaults;
            if (entry.contains("@")) {
                String[] thresholds = entry.split("@")[1].split("/");
                options = options.withMergeThreshold(Double.parseDouble(thresholds[0])).withSwedish(
                        options.swedishEmbeddingWeight(), Double.parseDouble(thresholds[1]));
            }
            settings.put(entry, new Setting(options, grouping, contrast, rules, name.startsWith("plain-facts")));
        }
    }

    /**
     * The fourth 2026-12-07 round's candidates: the clustering alone or with the leftover regrouping
     * ({@link FeedbackSummarizer.Grouping#COMBINED}), each with and without the first side of a contrast joining the
     * criticism after it ({@link FeedbackSummarizer#CONTRAST_JOINS_CRITICISM}). Earlier runs offered the other rules of
     * {@link FeedbackSummarizer.Grouping} and scaled merge thresholds (figures in
     * docs/decisions/2026-12-07-feedback-themes-sixth-set.md).
     */
    private static Map<String, Setting> settings() {
        if (!"groupings".equals(System.getenv("KADENS_LOSO_SETTINGS"))) {
            return glossSettings();
        }
        Map<String, FeedbackSummarizer.Grouping> groupings = new LinkedHashMap<>();
        groupings.put("clustering only", FeedbackSummarizer.Grouping.NONE);
        groupings.put("combined", FeedbackSummarizer.Grouping.COMBINED);
        FeedbackSummarizer.Options defaults = FeedbackSummarizer.Options.defaults();
        Map<String, Setting> settings = new LinkedHashMap<>();
        for (boolean contrast : new boolean[] {false, true}) {
            groupings.forEach((name, grouping) -> settings.put(name + (contrast ? " +contrast joins" : ""),
                    new Setting(defaults, grouping, contrast)));
        }
        return settings;
    }
}
