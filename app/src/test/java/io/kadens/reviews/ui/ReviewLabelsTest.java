package io.kadens.reviews.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.reviews.CycleKind;
import io.kadens.reviews.CyclePhase;
import io.kadens.reviews.CycleStatus;
import io.kadens.reviews.GoalWeighting;
import io.kadens.reviews.QuestionKind;
import io.kadens.reviews.ReviewForm;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The review views build enum labels' keys at run time ({@code reviews.<kind>.<CONSTANT>}), which the bundle
 * test cannot see in the code: every constant shown has its label in English and Swedish.
 */
class ReviewLabelsTest {

    private static final Map<String, Class<? extends Enum<?>>> SHOWN = Map.of(
            "reviews.kind.", QuestionKind.class, "reviews.form.", ReviewForm.class,
            "reviews.weighting.", GoalWeighting.class, "reviews.cycle.kind.", CycleKind.class,
            "reviews.cycle.status.", CycleStatus.class, "reviews.phase.", CyclePhase.class);

    @Test
    void everyEnumConstantHasALabelInEnglishAndSwedish() throws IOException {
        for (String bundle : List.of("vaadin-i18n/reviews.properties", "vaadin-i18n/reviews_sv.properties")) {
            Properties labels = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            List<String> missing = new ArrayList<>();
            SHOWN.forEach((prefix, type) -> {
                for (Enum<?> constant : type.getEnumConstants()) {
                    if (labels.getProperty(prefix + constant.name(), "").isBlank()) {
                        missing.add(prefix + constant.name());
                    }
                }
            });
            // pausing and resuming refuse with "reviews.cycle.not-<status>"
            for (String key : List.of("reviews.cycle.not-active", "reviews.cycle.not-paused")) {
                if (labels.getProperty(key, "").isBlank()) {
                    missing.add(key);
                }
            }
            assertThat(missing).as("labels missing in %s", bundle).isEmpty();
        }
    }
}
