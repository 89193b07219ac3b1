package io.kadens.notifications.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Menu;
import io.kadens.frontend.PageTitles;
import io.kadens.notifications.DevInbox;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The development inbox: in demo mode only, the mail Kadens sent to this organisation's people. It has no
 * {@code @Route}: {@link DevInboxRoute} registers it at start-up when the deployment runs in demo mode, so
 * elsewhere it neither exists nor shows in the menu.
 */
@Menu(order = 37, title = "notifications.inbox.nav", icon = "vaadin:inbox")
@RolesAllowed(Role.HR_ADMIN_NAME)
class DevInboxView extends Main implements PageTitles.Translated {

    static final String ROUTE = "admin/dev-inbox";

    DevInboxView(DevInbox inbox) {
        addClassName("k-page");
        Paragraph intro = new Paragraph(getTranslation("notifications.inbox.intro"));
        intro.addClassName("k-muted");
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        Grid<DevInbox.SentMail> grid = new Grid<>();
        grid.setId("dev-inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("notifications.inbox.heading"));
        grid.addColumn(m -> times.format(m.sentAt())).setHeader(getTranslation("notifications.inbox.sent"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DevInbox.SentMail::recipient).setHeader(getTranslation("notifications.inbox.to"));
        grid.addColumn(DevInbox.SentMail::subject).setHeader(getTranslation("notifications.inbox.subject"))
                .setFlexGrow(2);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> new Pre(m.text())));
        grid.setEmptyStateText(getTranslation("notifications.inbox.empty"));
        grid.setHeight("70vh");
        grid.setItems(inbox.latest(200));
        add(new H1(getTranslation("notifications.inbox.heading")), intro, grid);
    }

    @Override
    public String titleKey() {
        return "notifications.inbox.heading";
    }
}
