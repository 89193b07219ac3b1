package io.kadens.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.notifications.SlackConnections;
import io.kadens.notifications.SlackStatus;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * HR admins connect the organisation's Slack workspace: bot token and signing secret go in once
 * (password fields, never shown again), the page then shows the workspace and the slash command URL.
 */
@Route("admin/slack")
@Menu(order = 35, title = "notifications.slack.nav", icon = "vaadin:comments-o")
@RolesAllowed(Role.HR_ADMIN_NAME)
class SlackSettingsView extends Main implements PageTitles.Translated {

    private final transient SlackConnections connections;
    private final Div content = new Div();

    SlackSettingsView(SlackConnections connections) {
        this.connections = connections;
        addClassName("k-page");
        Paragraph intro = new Paragraph(getTranslation("notifications.slack.intro"));
        intro.addClassName("k-muted");
        add(new H1(getTranslation("notifications.slack.heading")), intro, content);
        show(connections.status());
    }

    @Override
    public String titleKey() {
        return "notifications.slack.heading";
    }

    private void show(Optional<SlackStatus> status) {
        content.removeAll();
        if (status.isPresent()) {
            SlackStatus connected = status.get();
            Paragraph summary = new Paragraph(getTranslation("notifications.slack.connected", connected.teamName(),
                    connected.teamId(), connected.connectedByName(), DateTimeFormatter
                            .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                            .format(connected.connectedAt())));
            summary.setId("slack-connected");
            TextField url = new TextField(getTranslation("notifications.slack.command-url"));
            url.setId("slack-command-url");
            url.setValue(connected.commandUrl());
            url.setReadOnly(true);
            url.setWidthFull();
            url.setHelperText(getTranslation("notifications.slack.command-url.helper"));
            Button disconnect = new Button(getTranslation("notifications.slack.disconnect"), click -> {
                connections.disconnect();
                Toast.info(getTranslation("notifications.slack.disconnected"));
                show(Optional.empty());
            });
            disconnect.setId("slack-disconnect");
            disconnect.addThemeVariants(ButtonVariant.LUMO_ERROR);
            content.add(summary, url, disconnect);
            return;
        }
        PasswordField token = new PasswordField(getTranslation("notifications.slack.token"));
        token.setId("slack-token");
        token.setHelperText(getTranslation("notifications.slack.token.helper"));
        token.setRevealButtonVisible(false);
        token.setWidthFull();
        PasswordField secret = new PasswordField(getTranslation("notifications.slack.secret"));
        secret.setId("slack-signing-secret");
        secret.setHelperText(getTranslation("notifications.slack.secret.helper"));
        secret.setRevealButtonVisible(false);
        secret.setWidthFull();
        Button connect = new Button(getTranslation("notifications.slack.connect"), click -> {
            token.setInvalid(false);
            secret.setInvalid(false);
            try {
                SlackStatus connected = connections.connect(token.getValue(), secret.getValue());
                Toast.success(getTranslation("notifications.slack.connected.notice"));
                show(Optional.of(connected));
            } catch (InvalidInputException invalid) {
                invalid.fieldErrors().forEach((field, key) -> {
                    PasswordField target = "token".equals(field) ? token : secret;
                    target.setErrorMessage(getTranslation(key));
                    target.setInvalid(true);
                });
            }
        });
        connect.setId("slack-connect");
        connect.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(token, secret, connect);
        form.getStyle().set("max-width", "40rem");
        content.add(form);
    }
}
