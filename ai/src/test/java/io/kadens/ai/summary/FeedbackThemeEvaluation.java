package io.kadens.ai.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.testing.SharedEmbeddings;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Theme recovery and theme names of the offline feedback summary. The development threads
 * (feedback-summary.json, feedback-summary-dev.json and the earlier held-out files, feedback-summary-heldout.json,
 * -heldout-2.json to -heldout-12.json, which earlier rounds scored, and feedback-summary-dev-workplaces.json) are where
 * the settings and the polarity model were chosen, with the sweep printed here; the held-out threads
 * (feedback-summary-heldout-13.json and -14.json, each written and committed before the round that first scores it by
 * someone who never read the summariser) are reported separately with the default settings only, each set's totals
 * and each language's totals, then both sets together, and were never tuned on. Targets on held-out: recall
 * ≥ 0.8, names passing the rubric. Run with {@code -Peval};
 * {@code KADENS_EVAL_HELDOUT=false} leaves the held-out set out while tuning, {@code KADENS_EVAL_SWEEP=false}
 * skips the sweep, and the held-out set's per-thread lines are printed only with
 * {@code KADENS_EVAL_HELDOUT_LINES=true} (so that a baseline run shows its totals and nothing to tune on).
 */
class FeedbackThemeEvaluation {

    @Test
    void themeRecoveryOnDevelopmentAndHeldOutThreads() {
        FeedbackSummarizer.Options defaults = FeedbackSummarizer.Options.defaults();
        var embeddings = SharedEmbeddings.get();

        ThemeRecoveryScoring.Score dev = ThemeRecoveryScoring.development(embeddings, defaults);
        print("DEVELOPMENT (tuned on, including the earlier held-out files)", ThemeRecoveryScoring.developmentThreads(), dev);
        dev.notes().forEach(System.out::println);
        for (String former : new String[] {ThemeRecoveryScoring.DEVELOPMENT_FORMER_HELD_OUT,
                ThemeRecoveryScoring.DEVELOPMENT_FORMER_HELD_OUT_2, ThemeRecoveryScoring.DEVELOPMENT_FORMER_HELD_OUT_3,
                ThemeRecoveryScoring.DEVELOPMENT_FORMER_HELD_OUT_4, ThemeRecoveryScoring.DEVELOPMENT_FORMER_HELD_OUT_5,
                ThemeRecoveryScoring.DEVELOPMENT_FORMER_HELD_OUT_6, ThemeRecoveryScoring.DEVELOPMENT_FORMER_HELD_OUT_7,
                ThemeRecoveryScoring.DEVELOPMENT_FORMER_HELD_OUT_8, ThemeRecoveryScoring.DEVELOPMENT_FORMER_HELD_OUT_9,
                ThemeRecoveryScoring.DEVELOPMENT_FORMER_HELD_OUT_10, ThemeRecoveryScoring.DEVELOPMENT_FORMER_HELD_OUT_11,
                ThemeRecoveryScoring.DEVELOPMENT_WORKPLACES, ThemeRecoveryScoring.DEVELOPMENT_FORMER_HELD_OUT_12}) {
            ThemeRecoveryScoring.Loaded loaded = ThemeRecoveryScoring.load(former);
            print("of which " + former + " (development material now)", loaded.threads().size(),
                    ThemeRecoveryScoring.score(embeddings, loaded, defaults));
        }
        if (flag("KADENS_EVAL_SWEEP")) {
            System.out.println("sweep on the development threads (English merge threshold / embedding weight; Swedish as default):");
            for (double weight : new double[] {0.4, 0.6}) {
                for (double threshold : new double[] {0.14, 0.18, 0.22}) {
                    FeedbackSummarizer.Options swept = defaults.withEmbeddingWeight(weight).withMergeThreshold(threshold);
                    ThemeRecoveryScoring.Score score = ThemeRecoveryScoring.development(embeddings, swept);
                    System.out.printf("  merge %.2f, embedding weight %.1f: recall %.3f, precision %.3f, names pass %.3f,"
                                    + " acceptable %.3f, themes %d%n", threshold, weight, score.recall(), score.precision(),
                            score.namesPassingShare(), score.namesAcceptableShare(), score.predicted());
                }
            }
            System.out.println("Swedish embedding weight / merge threshold (English as default):");
            for (double weight : new double[] {0.1, 0.2, 0.3}) {
                for (double threshold : new double[] {0.12, 0.15, 0.18, 0.22}) {
                    FeedbackSummarizer.Options swept = defaults.withSwedish(weight, threshold);
                    ThemeRecoveryScoring.Score score = ThemeRecoveryScoring.development(embeddings, swept);
                    System.out.printf("  sv merge %.2f, sv embedding weight %.1f: recall %.3f, precision %.3f, themes %d%n",
                            threshold, weight, score.recall(), score.precision(), score.predicted());
                }
            }
            for (double competency : new double[] {0.40, 0.50, 0.60}) {
                FeedbackSummarizer.Options swept = defaults.withCompetencyThreshold(competency);
                ThemeRecoveryScoring.Score score = ThemeRecoveryScoring.development(embeddings, swept);
                System.out.printf("  competency threshold %.2f: names pass %.3f, acceptable %.3f%n", competency,
                        score.namesPassingShare(), score.namesAcceptableShare());
            }
        }

        if (!flag("KADENS_EVAL_HELDOUT")) {
            return; // tuning runs look at the development threads only
        }
        ThemeRecoveryScoring.Score both = null;
        int threads = 0;
        for (String set : ThemeRecoveryScoring.HELD_OUT) {
            ThemeRecoveryScoring.Loaded heldOut = ThemeRecoveryScoring.load(set);
            ThemeRecoveryScoring.Score held = ThemeRecoveryScoring.score(embeddings, heldOut, defaults);
            print("HELD-OUT (" + set + ", never tuned on; target recall >= 0.8)", heldOut.threads().size(), held);
            for (String language : new String[] {"en", "sv"}) {
                ThemeRecoveryScoring.Loaded only = new ThemeRecoveryScoring.Loaded(heldOut.competencies(),
                        heldOut.threads().stream().filter(thread -> language.equals(thread.language())).toList());
                print("HELD-OUT " + set + ", " + language + " threads only", only.threads().size(),
                        ThemeRecoveryScoring.score(embeddings, only, defaults));
            }
            if (Boolean.parseBoolean(Objects.requireNonNullElse(System.getenv("KADENS_EVAL_HELDOUT_LINES"), "false"))) {
                held.notes().forEach(System.out::println);
            }
            assertThat(held.expected()).isPositive();
            both = both == null ? held : both.plus(held);
            threads += heldOut.threads().size();
        }
        print("HELD-OUT, all held-out sets together", threads, both);
    }

    private static boolean flag(String name) {
        return Boolean.parseBoolean(Objects.requireNonNullElse(System.getenv(name), "true"));
    }

    private static void print(String title, int threads, ThemeRecoveryScoring.Score score) {
        System.out.printf("%n=== Evaluation: feedback summary themes, %s: %d threads en+sv, %d reference themes ===%n"
                        + "recall %.3f (%d/%d), precision %.3f, %d themes; names passing the rubric %.3f (%d/%d),"
                        + " names a person listed %.3f (%d/%d recovered); polarity right %.3f (%d/%d labelled units)%n",
                title, threads, score.expected(),
                score.recall(), score.recovered(), score.expected(), score.precision(), score.predicted(),
                score.namesPassingShare(), score.namesPassing(), score.predicted(), score.namesAcceptableShare(),
                score.namesAcceptable(), score.recovered(), score.polarityShare(), score.polarityRight(),
                score.polarityLabelled());
    }
}
