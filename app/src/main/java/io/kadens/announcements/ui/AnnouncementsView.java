package io.kadens.announcements.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Route;
import io.kadens.announcements.Announcements;
import io.kadens.announcements.CurrentAnnouncement;
import io.kadens.frontend.Card;
import io.kadens.frontend.EmptyState;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The announcements the signed-in person received, newest first, each in full with a button that dismisses it
 * (then it leaves this page and the home page). The home page links here.
 */
@Route("announcements")
@RolesAllowed(Role.EMPLOYEE_NAME)
class AnnouncementsView extends Main implements PageTitles.Translated {

    private final transient Announcements announcements;
    private final transient TenantSettingsService settings;
    private final Section list = new Section();

    AnnouncementsView(Announcements announcements, TenantSettingsService settings) {
        this.announcements = announcements;
        this.settings = settings;
        addClassName("k-page");
        setId("announcements");
        list.setId("announcements-list");
        Paragraph help = new Paragraph(getTranslation("announcements.help"));
        help.addClassName("k-help");
        add(new H1(getTranslation("announcements.heading")), help, list);
        refresh();
    }

    @Override
    public String titleKey() {
        return "announcements.heading";
    }

    private void refresh() {
        list.removeAll();
        List<CurrentAnnouncement> mine = announcements.mine();
        if (mine.isEmpty()) {
            list.add(new EmptyState(getTranslation("announcements.empty"),
                    getTranslation("announcements.empty.explanation")));
            return;
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        for (CurrentAnnouncement announcement : mine) {
            String date = format.format(announcement.publishedAt().atZone(zone()));
            Paragraph byline = new Paragraph(announcement.authorName() == null
                    ? getTranslation("announcements.posted", date)
                    : getTranslation("announcements.posted.by", announcement.authorName(), date));
            byline.addClassName("k-help");
            Paragraph body = new Paragraph(announcement.body());
            body.getStyle().set("white-space", "pre-line");
            Button dismiss = new Button(getTranslation("announcements.dismiss"), click -> dismiss(announcement));
            dismiss.setId("announcement-dismiss-" + announcement.id());
            dismiss.setAriaLabel(getTranslation("announcements.dismiss.label", announcement.title()));
            Card card = new Card(announcement.title(), byline, body, dismiss);
            card.setId("announcement-" + announcement.id());
            list.add(card);
        }
    }

    private ZoneId zone() {
        return settings.zone();
    }

    private void dismiss(CurrentAnnouncement announcement) {
        try {
            announcements.dismiss(announcement.id());
            Toast.success(getTranslation("announcements.dismissed"));
        } catch (ResourceNotFoundException gone) {
            Toast.error(getTranslation("announcements.gone"));
        }
        refresh();
    }
}
