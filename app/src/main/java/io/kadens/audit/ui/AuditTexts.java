package io.kadens.audit.ui;

import io.kadens.platform.KadensTranslations;
import java.util.List;
import java.util.Locale;

/**
 * The reader's words for the codes the audit log stores: an action ({@code review.cycle.deadline_extended}
 * reads "Review deadline extended"), a subject type ({@code review_cycle} reads "Review cycle") and a family
 * of actions for the filter ({@code rollout.} reads "Pilot groups and rollout"). The codes stay what is stored
 * and filtered on; an entry written before its code had a text (or by code since removed) shows the code.
 * AuditActionKeysTest keeps the keys and the actions the code records in step.
 */
final class AuditTexts {

    /** Every family of actions the code records, as the prefix the filter searches by. */
    static final List<String> FAMILIES = List.of("announcement.", "assessment.", "calibration.", "career.",
            "checkin.", "compensation.", "competency.", "content.", "department.", "development.", "feedback.",
            "goal.", "invitation.", "job_family.", "notification.", "oneonone.", "pay.", "people.", "person.",
            "review.", "role.", "rollout.", "scim.", "settings.", "slack.", "survey.", "survey_schedule.", "team.",
            "tenant.", "token.", "training.");

    private final KadensTranslations translations;
    private final Locale locale;

    AuditTexts(KadensTranslations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    String action(String code) {
        return translations.find("audit.action." + code, locale).orElse(code);
    }

    String subjectType(String type) {
        return type == null ? "" : translations.find("audit.subject." + type, locale).orElse(type);
    }

    /** A family's label; any other filter value (a code typed in full, say) shows as typed. */
    String filter(String value) {
        if (!FAMILIES.contains(value)) {
            return value;
        }
        String family = value.substring(0, value.length() - 1);
        return translations.find("audit.family." + family, locale).orElse(value);
    }
}
