package io.kadens.announcements.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.announcements.Announcement;
import io.kadens.announcements.AnnouncementAudience;
import io.kadens.announcements.AnnouncementDraft;
import io.kadens.announcements.Announcements;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.people.Department;
import io.kadens.people.OrganisationStructure;
import io.kadens.people.Team;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.rollout.PilotGroup;
import io.kadens.rollout.RolloutPlanning;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * HR admins post announcements in English, Swedish or both to everyone, a department, a team or a pilot group,
 * optionally also by email and Slack, and withdraw current ones; the list shows how many each reached and
 * how many dismissed it.
 */
@Route("admin/announcements")
@Menu(order = 40, title = "announcements.admin.nav", icon = "vaadin:megaphone")
@RolesAllowed(Role.HR_ADMIN_NAME)
class AnnouncementsAdminView extends Main implements PageTitles.Translated {

    private final transient Announcements announcements;
    private final transient List<Department> departments;
    private final transient List<Team> teams;
    private final transient List<PilotGroup> groups;
    private final Grid<Announcement> grid = new Grid<>();

    AnnouncementsAdminView(Announcements announcements, OrganisationStructure structure, RolloutPlanning rollout) {
        this.announcements = announcements;
        this.departments = structure.departments();
        this.teams = structure.teams();
        this.groups = rollout.plan().groups();
        addClassName("k-page");
        setId("announcements-admin");
        Paragraph help = new Paragraph(getTranslation("announcements.admin.help"));
        help.addClassName("k-help");
        add(new H1(getTranslation("announcements.admin.heading")), help, postSection(), listSection());
        refresh();
    }

    @Override
    public String titleKey() {
        return "announcements.admin.heading";
    }

    private Section postSection() {
        TextField titleEn = new TextField(getTranslation("announcements.field.title.en"));
        titleEn.setId("announcement-title-en");
        titleEn.setMaxLength(Announcements.MAX_TITLE);
        TextArea bodyEn = new TextArea(getTranslation("announcements.field.body.en"));
        bodyEn.setId("announcement-body-en");
        bodyEn.setMaxLength(Announcements.MAX_BODY);
        TextField titleSv = new TextField(getTranslation("announcements.field.title.sv"));
        titleSv.setId("announcement-title-sv");
        titleSv.setMaxLength(Announcements.MAX_TITLE);
        TextArea bodySv = new TextArea(getTranslation("announcements.field.body.sv"));
        bodySv.setId("announcement-body-sv");
        bodySv.setMaxLength(Announcements.MAX_BODY);
        Select<AnnouncementAudience> audience = new Select<>();
        audience.setLabel(getTranslation("announcements.field.audience"));
        audience.setId("announcement-audience");
        audience.setItems(AnnouncementAudience.values());
        audience.setItemLabelGenerator(this::audienceLabel);
        audience.setValue(AnnouncementAudience.EVERYONE);
        ComboBox<Department> department = new ComboBox<>(getTranslation("announcements.field.department"));
        department.setId("announcement-department");
        department.setItems(departments);
        department.setItemLabelGenerator(Department::name);
        ComboBox<Team> team = new ComboBox<>(getTranslation("announcements.field.team"));
        team.setId("announcement-team");
        team.setItems(teams);
        team.setItemLabelGenerator(Team::name);
        ComboBox<PilotGroup> group = new ComboBox<>(getTranslation("announcements.field.group"));
        group.setId("announcement-group");
        group.setItems(groups);
        group.setItemLabelGenerator(PilotGroup::name);
        department.setVisible(false);
        team.setVisible(false);
        group.setVisible(false);
        audience.addValueChangeListener(change -> {
            department.setVisible(change.getValue() == AnnouncementAudience.DEPARTMENT);
            team.setVisible(change.getValue() == AnnouncementAudience.TEAM);
            group.setVisible(change.getValue() == AnnouncementAudience.PILOT_GROUP);
        });
        Checkbox alsoNotify = new Checkbox(getTranslation("announcements.field.also-notify"));
        alsoNotify.setId("announcement-also-notify");
        Paragraph formError = new Paragraph();
        formError.addClassName("k-error");
        formError.getElement().setAttribute("role", "alert");
        FieldErrors errors = new FieldErrors().bind("titleEn", titleEn).bind("bodyEn", bodyEn).bind("titleSv", titleSv)
                .bind("bodySv", bodySv).bind("audience", audience);
        Button post = new Button(getTranslation("announcements.post"), click -> {
            AnnouncementAudience kind = audience.getValue();
            UUID audienceId = switch (kind == null ? AnnouncementAudience.EVERYONE : kind) {
                case EVERYONE -> null;
                case DEPARTMENT -> department.getValue() == null ? null : department.getValue().id();
                case TEAM -> team.getValue() == null ? null : team.getValue().id();
                case PILOT_GROUP -> group.getValue() == null ? null : group.getValue().id();
            };
            errors.clear();
            formError.setText("");
            try {
                announcements.post(new AnnouncementDraft(titleEn.getValue(), bodyEn.getValue(), titleSv.getValue(),
                        bodySv.getValue(), kind, audienceId, alsoNotify.getValue()));
                Toast.success(getTranslation("announcements.posted.toast"));
                titleEn.clear();
                bodyEn.clear();
                titleSv.clear();
                bodySv.clear();
                alsoNotify.clear();
                refresh();
            } catch (InvalidInputException refused) {
                errors.show(refused.fieldErrors(), this::getTranslation, formError::setText);
            } catch (ResourceNotFoundException gone) {
                formError.setText(getTranslation("announcements.error.audience-gone"));
            }
        });
        post.setId("announcement-post");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(titleEn, titleSv, bodyEn, bodySv, audience, department, team, group, alsoNotify);
        return new Section(new H2(getTranslation("announcements.post.heading")), formError, form, post);
    }

    private Section listSection() {
        grid.setId("announcements-grid");
        grid.addColumn(this::title).setHeader(getTranslation("announcements.column.title")).setFlexGrow(2);
        grid.addColumn(a -> audienceLabel(a.audience())).setHeader(getTranslation("announcements.field.audience"));
        grid.addColumn(a -> getTranslation("announcements.reach", a.dismissed(), a.recipients()))
                .setHeader(getTranslation("announcements.column.reach"));
        grid.addComponentColumn(this::withdrawButton).setHeader(getTranslation("announcements.column.status"));
        grid.setAllRowsVisible(true);
        return new Section(new H2(getTranslation("announcements.list.heading")), grid);
    }

    private String title(Announcement announcement) {
        boolean swedish = "sv".equals(getLocale().getLanguage());
        return announcement.titleSv() != null && (swedish || announcement.titleEn() == null)
                ? announcement.titleSv() : announcement.titleEn();
    }

    private String audienceLabel(AnnouncementAudience audience) {
        return getTranslation("announcements.audience." + audience.name().toLowerCase(Locale.ROOT));
    }

    private Component withdrawButton(Announcement announcement) {
        if (!announcement.current()) {
            return new Span(getTranslation("announcements.withdrawn"));
        }
        Button button = new Button(getTranslation("announcements.withdraw"), click -> {
            try {
                announcements.withdraw(announcement.id(), announcement.version());
                Toast.success(getTranslation("announcements.withdrawn.toast"));
            } catch (ConcurrentEditException | ResourceNotFoundException stale) {
                Toast.error(getTranslation("announcements.stale"));
            }
            refresh();
        });
        button.setAriaLabel(getTranslation("announcements.withdraw.named", title(announcement)));
        return button;
    }

    private void refresh() {
        grid.setItems(announcements.all());
    }
}
