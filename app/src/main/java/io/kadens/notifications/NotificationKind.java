package io.kadens.notifications;

/** What a notification is about; each kind has its texts in the notifications bundle. */
public enum NotificationKind {
    CHECK_IN_DUE(false),
    ONE_ON_ONE_TOMORROW(true),
    FEEDBACK_REQUESTED(true),
    FEEDBACK_REQUEST_DUE(false),
    /** To every HR admin: someone asked to unmask the author of anonymous feedback (email only). */
    FEEDBACK_UNMASK_REQUESTED(false),
    /** To every HR admin: a second HR admin approved unmasking an author (email only). */
    FEEDBACK_AUTHOR_UNMASKED(false),
    /** To a goal's owner: nobody updated their active goal for the tenant's number of days (email only). */
    GOAL_STALE(false),
    /** To the writer of a review not yet submitted: its phase deadline is tomorrow (email and Slack). */
    REVIEW_DUE(true),
    /** To a person and their manager: nobody touched the person's development plan for its review cadence (email only). */
    DEVELOPMENT_PLAN_STALE(false),
    /** To a person's manager: they completed a training item or milestone of their plan; the assessment may need a look (email only). */
    DEVELOPMENT_ASSESSMENT_PROMPT(false),
    /** To each recipient of an announcement HR chose to send too (email and Slack). */
    ANNOUNCEMENT(true),
    /** To someone asked by an open survey who has not answered it a few days after it opened (email and Slack). */
    SURVEY_REMINDER(true),
    /** To a peer: a manager asked them to review a colleague in a review cycle (email and Slack). */
    REVIEW_PEER_NOMINATED(true),
    /** To a manager: a report nominated peers for their review; the nominations wait for approval (email and Slack). */
    REVIEW_NOMINATIONS_WAITING(true);

    private final boolean slack;

    NotificationKind(boolean slack) {
        this.slack = slack;
    }

    /** Whether the kind also goes to Slack when the tenant connected a workspace (email always). */
    public boolean goesToSlack() {
        return slack;
    }

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
