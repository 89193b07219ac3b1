package io.kadens.feedback;

/**
 * A tenant's feedback settings, as an HR admin edits them on "admin/feedback".
 *
 * @param anonymousPeerAllowed   whether peer feedback may be given anonymously
 * @param anonymousUpwardAllowed whether feedback to one's own managers may be given anonymously
 * @param managerVisibility      which managers read feedback given to someone
 * @param version                for optimistic locking: the version the editor started from
 */
public record FeedbackSettings(boolean anonymousPeerAllowed, boolean anonymousUpwardAllowed,
                               ManagerVisibility managerVisibility, long version) {

    public static final FeedbackSettings DEFAULTS =
            new FeedbackSettings(true, true, ManagerVisibility.DIRECT_MANAGER, 0);

    public boolean anonymousAllowed(FeedbackSource source) {
        return switch (source) {
            case PEER -> anonymousPeerAllowed;
            case REPORT -> anonymousUpwardAllowed;
            case MANAGER, SELF -> false;
        };
    }
}
