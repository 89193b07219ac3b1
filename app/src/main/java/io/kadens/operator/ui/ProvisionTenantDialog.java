package io.kadens.operator.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.kadens.operator.OperatorConsole;
import io.kadens.operator.ProvisionedTenant;
import io.kadens.operator.TenantProvisioning;
import io.kadens.platform.InvalidInputException;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;

/** Provision a tenant: organisation slug, name, language and time zone, and its first HR admin. */
class ProvisionTenantDialog extends Dialog {

    private final transient OperatorConsole console;
    private final transient Consumer<ProvisionedTenant> provisioned;
    private final TextField slug = new TextField();
    private final TextField name = new TextField();
    private final Select<String> locale = new Select<>();
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final TextField adminGivenName = new TextField();
    private final TextField adminFamilyName = new TextField();
    private final EmailField adminEmail = new EmailField();

    ProvisionTenantDialog(OperatorConsole console, Consumer<ProvisionedTenant> provisioned) {
        this.console = console;
        this.provisioned = provisioned;
        setId("provision-dialog");
        setHeaderTitle(getTranslation("access.provision.title"));

        slug.setLabel(getTranslation("access.provision.slug"));
        slug.setHelperText(getTranslation("access.provision.slug.help"));
        slug.setId("provision-slug");
        slug.setRequired(true);
        name.setLabel(getTranslation("access.provision.name"));
        name.setId("provision-name");
        name.setRequired(true);
        locale.setLabel(getTranslation("access.provision.locale"));
        locale.setItems("en", "sv");
        locale.setItemLabelGenerator(l -> getTranslation("language." + l));
        locale.setValue("en");
        locale.setId("provision-locale");
        timeZone.setLabel(getTranslation("access.provision.time-zone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setValue("Europe/Stockholm");
        timeZone.setId("provision-time-zone");
        adminGivenName.setLabel(getTranslation("access.provision.admin-given-name"));
        adminGivenName.setId("provision-admin-given-name");
        adminGivenName.setRequired(true);
        adminFamilyName.setLabel(getTranslation("access.provision.admin-family-name"));
        adminFamilyName.setId("provision-admin-family-name");
        adminFamilyName.setRequired(true);
        adminEmail.setLabel(getTranslation("access.provision.admin-email"));
        adminEmail.setId("provision-admin-email");
        adminEmail.setRequired(true);

        FormLayout form = new FormLayout();
        form.add(slug, name, locale, timeZone);
        H3 admin = new H3(getTranslation("access.provision.admin"));
        form.add(admin, 2);
        form.add(adminGivenName, adminFamilyName);
        form.add(adminEmail, 2);
        add(form);

        Button create = new Button(getTranslation("access.provision.submit"), click -> submit());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("provision-submit");
        Button cancel = new Button(getTranslation("access.cancel"), click -> close());
        getFooter().add(cancel, create);
        setWidth("min(640px, 95vw)");
    }

    private void submit() {
        Map<String, HasValidation> fields = Map.of("slug", slug, "name", name, "locale", locale, "timeZone", timeZone,
                "adminGivenName", adminGivenName, "adminFamilyName", adminFamilyName, "adminEmail", adminEmail);
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            ProvisionedTenant tenant = console.provision(new TenantProvisioning(slug.getValue(), name.getValue(),
                    locale.getValue(), timeZone.getValue(), adminGivenName.getValue(), adminFamilyName.getValue(),
                    adminEmail.getValue()));
            close();
            provisioned.accept(tenant);
        } catch (InvalidInputException invalid) {
            invalid.fieldErrors().forEach((field, key) -> {
                HasValidation target = fields.getOrDefault(field, slug);
                target.setErrorMessage(getTranslation(key));
                target.setInvalid(true);
            });
        }
    }
}
