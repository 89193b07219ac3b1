package io.kadens.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ToastTest {

    @Test
    void errorsAreAnnouncedAssertivelyInTheErrorColour() {
        Notification toast = Toast.create(Toast.Kind.ERROR, "Could not save", Toast.NORMAL);

        assertThat(toast.isAssertive()).isTrue();
        assertThat(toast.getThemeNames()).contains(NotificationVariant.LUMO_ERROR.getVariantName());
        assertThat(toast.getDuration()).isEqualTo(4000);
        assertThat(toast.getPosition()).isEqualTo(Notification.Position.BOTTOM_START);
    }

    @Test
    void successesAreAnnouncedPolitely() {
        Notification toast = Toast.create(Toast.Kind.SUCCESS, "Saved", Duration.ofSeconds(8));

        assertThat(toast.isAssertive()).isFalse();
        assertThat(toast.getThemeNames()).contains(NotificationVariant.LUMO_SUCCESS.getVariantName());
        assertThat(toast.getDuration()).isEqualTo(8000);
    }

    @Test
    void informationUsesTheContrastVariant() {
        assertThat(Toast.create(Toast.Kind.INFO, "Note", Toast.SHORT).getThemeNames())
                .contains(NotificationVariant.LUMO_CONTRAST.getVariantName());
    }
}
