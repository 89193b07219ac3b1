package io.kadens.ai;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deployment's AI settings ({@code kadens.ai.*}).
 *
 * @param mode the most the deployment offers; {@code offline} by default, so nothing leaves it
 */
@ConfigurationProperties("kadens.ai")
public record AiSettings(String mode) {

    public AiMode deploymentMode() {
        return AiMode.parse(mode);
    }
}
