package io.kadens.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.feedback.FeedbackReports;
import io.kadens.feedback.FeedbackSettings;
import io.kadens.feedback.FeedbackSettingsService;
import io.kadens.feedback.ManagerVisibility;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * HR admins set whether anonymous peer and upward feedback is allowed and which managers read feedback;
 * and handle reported feedback, including the four-eyes unmasking of an anonymous author (audited).
 */
@Route("admin/feedback")
@Menu(order = 34, title = "feedback.admin.nav", icon = "vaadin:comments-o")
@RolesAllowed(Role.HR_ADMIN_NAME)
class FeedbackSettingsView extends Main implements PageTitles.Translated {

    private final transient FeedbackSettingsService settings;
    private final Checkbox peer = new Checkbox();
    private final Checkbox upward = new Checkbox();
    private final RadioButtonGroup<ManagerVisibility> visibility = new RadioButtonGroup<>();
    private long version;

    FeedbackSettingsView(FeedbackSettingsService settings, FeedbackReports reports, TenantSettingsService tenantSettings,
                         CurrentUser currentUser) {
        this.settings = settings;
        addClassName("k-page");
        peer.setLabel(getTranslation("feedback.settings.anonymous-peer"));
        peer.setId("feedback-settings-peer");
        upward.setLabel(getTranslation("feedback.settings.anonymous-upward"));
        upward.setId("feedback-settings-upward");
        visibility.setLabel(getTranslation("feedback.settings.manager-visibility"));
        visibility.setId("feedback-settings-visibility");
        visibility.setItems(ManagerVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("feedback.settings.manager-visibility."
                + v.name().toLowerCase(Locale.ROOT)));
        Paragraph threshold = new Paragraph(getTranslation("feedback.settings.threshold",
                tenantSettings.current().anonymityThreshold()));
        threshold.addClassName("k-muted");
        Button save = new Button(getTranslation("feedback.settings.save"), click -> save());
        save.setId("feedback-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        load(settings.current());

        Paragraph hint = new Paragraph(getTranslation("feedback.reports.hint"));
        hint.addClassName("k-muted");
        ReportedFeedbackPanel reported = new ReportedFeedbackPanel(reports, currentUser.require().personId(),
                this::getTranslation, getLocale(), tenantSettings.zone());

        add(new H1(getTranslation("feedback.admin.heading")),
                new VerticalLayout(peer, upward, visibility, threshold, save),
                new H2(getTranslation("feedback.reports.heading")), hint, reported);
    }

    private void load(FeedbackSettings current) {
        peer.setValue(current.anonymousPeerAllowed());
        upward.setValue(current.anonymousUpwardAllowed());
        visibility.setValue(current.managerVisibility());
        version = current.version();
    }

    private void save() {
        try {
            load(settings.save(new FeedbackSettings(peer.getValue(), upward.getValue(), visibility.getValue(),
                    version)));
            Toast.success(getTranslation("feedback.saved"));
        } catch (InvalidInputException refused) {
            visibility.setErrorMessage(getTranslation(refused.fieldErrors().values().iterator().next()));
            visibility.setInvalid(true);
        } catch (ConcurrentEditException conflict) {
            load(settings.current());
            Toast.error(getTranslation("feedback.settings.conflict"));
        }
    }

    @Override
    public String titleKey() {
        return "feedback.admin.heading";
    }
}
