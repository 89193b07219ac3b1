package io.kadens.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.kadens.frontend.PageTitles;
import io.kadens.people.AdminPersonRow;
import io.kadens.people.PeopleAdministration;
import io.kadens.people.PeopleFilter;
import io.kadens.platform.InvalidInputException;
import io.kadens.privacy.ErasureResult;
import io.kadens.privacy.PrivacyService;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;

/** GDPR requests for one employee: download their data as a ZIP of JSON, or erase them. */
@Route("admin/privacy")
@Menu(order = 31, title = "privacy.nav", icon = "vaadin:lock")
@RolesAllowed(Role.HR_ADMIN_NAME)
class PrivacyView extends Main implements PageTitles.Translated {

    private final transient PrivacyService privacy;
    private final ComboBox<AdminPersonRow> person = new ComboBox<>();
    private final Div actions = new Div();
    private final Div status = new Div();

    PrivacyView(PrivacyService privacy, PeopleAdministration people) {
        this.privacy = privacy;
        addClassName("k-page");
        person.setLabel(getTranslation("privacy.person"));
        person.setHelperText(getTranslation("privacy.person.help"));
        person.setId("privacy-person");
        person.setWidth("min(100%, 420px)");
        person.setItemLabelGenerator(row -> row.person().fullName() + " · " + row.person().email());
        person.setItems(query -> people.list(new PeopleFilter(query.getFilter().orElse(null), null, null, null, null,
                null), query.getOffset(), query.getLimit()).stream());
        person.addValueChangeListener(change -> showActions());
        status.setId("privacy-status");
        status.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.intro")), person, actions,
                status);
    }

    private void showActions() {
        actions.removeAll();
        status.removeAll();
        AdminPersonRow chosen = person.getValue();
        if (chosen == null) {
            return;
        }
        var id = chosen.person().id();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = privacy.export(id);
            return new DownloadResponse(new ByteArrayInputStream(zip), "kadens-personal-data-" + id + ".zip",
                    "application/zip", zip.length);
        }), AttachmentType.DOWNLOAD, getTranslation("privacy.export"));
        download.setId("privacy-export");
        Button erase = new Button(getTranslation("privacy.erase"), click -> confirmErase(chosen));
        erase.setId("privacy-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(new H2(getTranslation("privacy.export.title")), new Paragraph(getTranslation("privacy.export.text")),
                download, new H2(getTranslation("privacy.erase.title")), new Paragraph(getTranslation("privacy.erase.text")),
                erase);
    }

    private void confirmErase(AdminPersonRow chosen) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("privacy.erase.confirm.title", chosen.person().fullName()));
        dialog.add(new Paragraph(getTranslation("privacy.erase.confirm.text")));
        Button confirm = new Button(getTranslation("privacy.erase"), click -> {
            dialog.close();
            try {
                ErasureResult result = privacy.erase(chosen.person().id());
                person.clear();
                status.setText(getTranslation("privacy.erased", result.pseudonym()));
            } catch (InvalidInputException refused) {
                status.setText(getTranslation(refused.fieldErrors().values().iterator().next()));
            }
        });
        confirm.setId("privacy-erase-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("privacy.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String titleKey() {
        return "privacy.title";
    }
}
