package io.kadens.ai.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * How much of the development files' Swedish the hand-written glossary knows (never the held-out file): a check of
 * the glossary, not a source for it (words are not added from here). Run with {@code -Peval}.
 */
class SwedishGlossCoverageEvaluation {

    @Test
    void coverageOfTheDevelopmentSwedish() {
        int sentences = 0;
        double covered = 0;
        Map<String, Integer> unknown = new TreeMap<>();
        for (String resource : ThemeRecoveryScoring.DEVELOPMENT_SETS) {
            for (ThemeRecoveryScoring.Thread thread : ThemeRecoveryScoring.load(resource).threads()) {
                if (!"sv".equals(thread.language())) {
                    continue;
                }
                for (ThemeRecoveryScoring.Item item : thread.items()) {
                    for (String labelled : item.sentences()) {
                        String sentence = labelled.substring(labelled.indexOf('|') + 1);
                        sentences++;
                        covered += SwedishGloss.coverage(sentence);
                        if (sentences % 40 == 0) {
                            System.out.println(sentence + "\n    -> " + SwedishGloss.gloss(sentence));
                        }
                        for (String word : sentence.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
                            if (!word.isEmpty() && SwedishGloss.word(word) == null) {
                                unknown.merge(word, 1, Integer::sum);
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("%n=== Swedish gloss: development Swedish sentences %d, mean share of words glossed %.3f,"
                + " distinct unknown words %d ===%n", sentences, covered / sentences, unknown.size());
        assertThat(sentences).isPositive();
    }
}
