package io.kadens.feedback;

/** The tenant's feedback settings: everyone reads them, HR admins change them. */
public interface FeedbackSettingsService {

    FeedbackSettings current();

    /**
     * Saves the settings if nobody else saved since {@code settings.version()} was read; audited.
     *
     * @throws org.springframework.security.access.AccessDeniedException not an HR admin
     * @throws io.kadens.platform.ConcurrentEditException                 someone else saved first
     */
    FeedbackSettings save(FeedbackSettings settings);
}
