package io.kadens.goals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.goals.ApprovalState;
import io.kadens.goals.CycleKind;
import io.kadens.goals.GoalKind;
import io.kadens.goals.GoalLevel;
import io.kadens.goals.GoalStatus;
import io.kadens.goals.GoalVisibility;
import io.kadens.goals.Health;
import io.kadens.goals.KeyResultType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The goal views build enum labels' keys at run time ({@code goals-ui.<kind>.<constant>}), which the
 * bundle test cannot see in the code: every constant of every enum they show has its label in both
 * languages, and percentages follow the locale.
 */
class GoalLabelsTest {

    private static final Map<String, Class<? extends Enum<?>>> SHOWN = Map.of(
            "level", GoalLevel.class, "kind", GoalKind.class, "status", GoalStatus.class,
            "visibility", GoalVisibility.class, "approval", ApprovalState.class, "health", Health.class,
            "kr-type", KeyResultType.class, "cycle-kind", CycleKind.class);

    @Test
    void everyEnumConstantHasALabelInEnglishAndSwedish() throws IOException {
        for (String bundle : List.of("vaadin-i18n/goals-ui.properties", "vaadin-i18n/goals-ui_sv.properties")) {
            Properties labels = load(bundle);
            List<String> missing = new ArrayList<>();
            SHOWN.forEach((kind, type) -> {
                for (Enum<?> constant : type.getEnumConstants()) {
                    String key = GoalTexts.key(kind, constant);
                    if (labels.getProperty(key, "").isBlank()) {
                        missing.add(key);
                    }
                }
            });
            assertThat(missing).as("labels missing in %s", bundle).isEmpty();
        }
    }

    @Test
    void percentagesFollowTheLocale() {
        assertThat(GoalTexts.percent(Locale.ENGLISH, 0.4)).isEqualTo("40%");
        assertThat(GoalTexts.percent(Locale.forLanguageTag("sv"), 0.4).replace('\u00a0', ' ')).isEqualTo("40 %");
        assertThat(GoalTexts.number(Locale.forLanguageTag("sv"), new java.math.BigDecimal("2.5"))).isEqualTo("2,5");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = GoalLabelsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
