package io.kadens.knowledge;

import io.kadens.ai.AiMode;
import io.kadens.ai.TenantAiModes;
import io.kadens.settings.TenantSettingsService;
import org.springframework.stereotype.Component;

/** The ai module's port for the tenant's AI mode, answered from the tenant's settings (capped by the deployment). */
@Component
class TenantAiModesFromSettings implements TenantAiModes {

    private final TenantSettingsService settings;

    TenantAiModesFromSettings(TenantSettingsService settings) {
        this.settings = settings;
    }

    @Override
    public AiMode effectiveMode() {
        return settings.effectiveAiMode();
    }
}
