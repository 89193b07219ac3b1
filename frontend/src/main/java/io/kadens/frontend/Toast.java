package io.kadens.frontend;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Duration;

/**
 * The one way Kadens tells a person that something happened: a short-lived notification at the
 * bottom start of the page, in the theme variant of its kind.
 *
 * <p>Vaadin's notification card sits in a live region, so screen readers read it out without the
 * focus moving. Successes and information are announced politely (after what is being read);
 * errors and warnings assertively, because the person has to act on them.
 */
public final class Toast {

    /** Long enough to read a sentence; the default. */
    public static final Duration NORMAL = Duration.ofSeconds(4);
    /** For texts with more to read, such as a result and what to do next. */
    public static final Duration LONG = Duration.ofSeconds(6);
    /** For a confirmation of the click just made, such as "copied". */
    public static final Duration SHORT = Duration.ofSeconds(3);

    /** What a toast says about the outcome; decides its colour and how urgently it is announced. */
    public enum Kind {
        SUCCESS(NotificationVariant.LUMO_SUCCESS, false),
        ERROR(NotificationVariant.LUMO_ERROR, true),
        WARNING(NotificationVariant.LUMO_WARNING, true),
        INFO(NotificationVariant.LUMO_CONTRAST, false);

        private final NotificationVariant variant;
        private final boolean assertive;

        Kind(NotificationVariant variant, boolean assertive) {
            this.variant = variant;
            this.assertive = assertive;
        }
    }

    private Toast() {
    }

    public static Notification success(String text) {
        return show(Kind.SUCCESS, text, NORMAL);
    }

    public static Notification error(String text) {
        return show(Kind.ERROR, text, NORMAL);
    }

    public static Notification warning(String text) {
        return show(Kind.WARNING, text, NORMAL);
    }

    public static Notification info(String text) {
        return show(Kind.INFO, text, NORMAL);
    }

    /** A success, or an error when {@code failed}: the common "it worked / it did not" outcome. */
    public static Notification outcome(boolean failed, String text) {
        return show(failed ? Kind.ERROR : Kind.SUCCESS, text, NORMAL);
    }

    /** Opens a toast of the given kind for the given time; returns it for an id or a close button. */
    public static Notification show(Kind kind, String text, Duration duration) {
        Notification notification = create(kind, text, duration);
        notification.open();
        return notification;
    }

    /** A toast that is configured but not open yet (tests and callers that add components use this). */
    static Notification create(Kind kind, String text, Duration duration) {
        Notification notification = new Notification(text, Math.toIntExact(duration.toMillis()),
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(kind.variant);
        notification.setAssertive(kind.assertive);
        return notification;
    }
}
