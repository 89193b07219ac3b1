package io.kadens.content;

/** What a company document is about; retrieval can filter by it and the AI cites it. */
public enum DocumentKind {
    VALUES, COMPETENCY_FRAMEWORK, CAREER_LADDER, POLICY, COMPANY_OBJECTIVES;

    /** The i18n key of the kind's label. */
    public String labelKey() {
        return "content.kind." + name().toLowerCase();
    }
}
