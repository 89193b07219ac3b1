package io.kadens.ai.plans;

import io.kadens.ai.SourceTypes;

/**
 * The kinds of sources a drafted plan cites, besides the shared ones of {@link SourceTypes}. The
 * application resolves each to the thing it names (and checks the requester may see it) before a
 * draft is shown.
 */
public final class PlanSourceTypes {

    /** One rating of an assessment (self or manager): id is the assessment's id. */
    public static final String ASSESSMENT = "assessment";
    /** A competency of the tenant's framework, with its behavioural indicators: id is the competency's id. */
    public static final String COMPETENCY = "competency";
    /** A person (an opted-in mentor): id is the person's id. */
    public static final String PERSON = "person";
    /** A feedback item a growth theme rests on. */
    public static final String FEEDBACK = SourceTypes.FEEDBACK;
    /** A training library item. */
    public static final String TRAINING_ITEM = SourceTypes.TRAINING_ITEM;
    /** A chunk of company content (an uploaded framework document, a handbook). */
    public static final String COMPANY_CONTENT = SourceTypes.COMPANY_CONTENT;

    private PlanSourceTypes() {
    }
}
