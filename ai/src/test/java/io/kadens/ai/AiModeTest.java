package io.kadens.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AiModeTest {

    @Test
    void parsesCaseInsensitivelyAndDefaultsToOffline() {
        assertThat(AiMode.parse("LLM")).isEqualTo(AiMode.LLM);
        assertThat(AiMode.parse(" off ")).isEqualTo(AiMode.OFF);
        assertThat(AiMode.parse(null)).isEqualTo(AiMode.OFFLINE);
        assertThat(AiMode.parse("")).isEqualTo(AiMode.OFFLINE);
    }

    @Test
    void anUnknownModeSaysWhichValuesExist() {
        assertThatThrownBy(() -> AiMode.parse("cloud")).hasMessageContaining("off, offline or llm");
    }

    @Test
    void aTenantNeverGetsMoreThanTheDeploymentOffers() {
        assertThat(AiMode.LLM.cappedBy(AiMode.OFFLINE)).isEqualTo(AiMode.OFFLINE);
        assertThat(AiMode.OFFLINE.cappedBy(AiMode.LLM)).isEqualTo(AiMode.OFFLINE);
        assertThat(AiMode.OFF.cappedBy(AiMode.LLM)).isEqualTo(AiMode.OFF);
        assertThat(AiMode.LLM.cappedBy(AiMode.OFF)).isEqualTo(AiMode.OFF);
    }
}
