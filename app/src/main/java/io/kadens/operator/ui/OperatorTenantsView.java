package io.kadens.operator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.operator.OperatorConsole;
import io.kadens.operator.ProvisionedTenant;
import io.kadens.organisation.Organisation;
import io.kadens.organisation.OrganisationOverview;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The operator's overview of tenants: registry fields and a head count, never anyone's data;
 * provisioning a tenant with its first admin, suspending and resuming.
 */
@Route("operator/tenants")
@Menu(order = 10, title = "nav.tenants", icon = "vaadin:building")
@RolesAllowed(Role.OPERATOR_NAME)
class OperatorTenantsView extends Main implements PageTitles.Translated {

    /** The operator's outcomes name an organisation and an address to check: longer than a usual toast. */
    private static final Duration NOTICE = Duration.ofSeconds(8);

    private final transient OperatorConsole console;
    private final Grid<OrganisationOverview> grid = new Grid<>();

    OperatorTenantsView(OperatorConsole console) {
        this.console = console;
        addClassName("k-page");
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());

        grid.setId("tenants-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("nav.tenants"));
        grid.addColumn(o -> o.organisation().name()).setHeader(getTranslation("tenants.name")).setFlexGrow(2);
        grid.addColumn(o -> o.organisation().slug()).setHeader(getTranslation("tenants.slug")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation("language." + o.organisation().locale())).setHeader(getTranslation("tenants.locale"));
        grid.addColumn(o -> getTranslation("tenants.status." + o.organisation().status())).setHeader(getTranslation("tenants.status"));
        grid.addColumn(o -> numbers.format(o.activePeople())).setHeader(getTranslation("tenants.people"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(o -> o.createdAt() == null ? "" : dates.format(o.createdAt())).setHeader(getTranslation("tenants.created"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("access.tenants.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);

        Paragraph intro = new Paragraph(getTranslation("tenants.intro"));
        intro.addClassName("k-muted");
        Paragraph aiMode = new Paragraph(getTranslation("tenants.ai-mode",
                getTranslation("ai.mode." + console.deploymentAiMode().name())));
        aiMode.setId("deployment-ai-mode");
        Button provision = new Button(getTranslation("access.provision.open"), VaadinIcon.PLUS.create(),
                click -> new ProvisionTenantDialog(console, this::provisioned).open());
        provision.setId("provision-tenant");
        provision.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("nav.tenants")), intro, aiMode, provision, grid);
        refresh();
    }

    @Override
    public String titleKey() {
        return "nav.tenants";
    }

    private void refresh() {
        grid.setItems(console.tenants());
    }

    private Component actions(OrganisationOverview overview) {
        Organisation organisation = overview.organisation();
        HorizontalLayout actions = new HorizontalLayout();
        if (organisation.isActive()) {
            Button suspend = new Button(getTranslation("access.tenants.suspend"), click -> confirm(organisation, true));
            suspend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            suspend.getElement().setAttribute("aria-label", getTranslation("access.tenants.suspend.label", organisation.name()));
            suspend.setId("suspend-" + organisation.slug());
            actions.add(suspend);
        } else {
            Button resume = new Button(getTranslation("access.tenants.resume"), click -> confirm(organisation, false));
            resume.addThemeVariants(ButtonVariant.LUMO_SMALL);
            resume.getElement().setAttribute("aria-label", getTranslation("access.tenants.resume.label", organisation.name()));
            resume.setId("resume-" + organisation.slug());
            actions.add(resume);
        }
        Button resend = new Button(getTranslation("access.tenants.resend"), click -> resend(organisation));
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        resend.getElement().setAttribute("aria-label", getTranslation("access.tenants.resend.label", organisation.name()));
        actions.add(resend);
        return actions;
    }

    private void confirm(Organisation organisation, boolean suspend) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("tenant-status-confirm");
        dialog.setHeader(getTranslation(suspend ? "access.tenants.suspend" : "access.tenants.resume"));
        dialog.setText(getTranslation(suspend ? "access.tenants.suspend.confirm" : "access.tenants.resume.confirm",
                organisation.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("access.cancel"));
        dialog.setConfirmText(getTranslation(suspend ? "access.tenants.suspend" : "access.tenants.resume"));
        if (suspend) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(event -> {
            if (suspend) {
                console.suspend(organisation.id());
            } else {
                console.resume(organisation.id());
            }
            refresh();
            Toast.show(Toast.Kind.SUCCESS, getTranslation(suspend ? "access.tenants.suspended" : "access.tenants.resumed",
                    organisation.name()), NOTICE);
        });
        dialog.open();
    }

    private void resend(Organisation organisation) {
        int sent = console.resendAdminInvitation(organisation.id());
        Toast.show(sent > 0 ? Toast.Kind.SUCCESS : Toast.Kind.WARNING, getTranslation(
                sent == 0 ? "access.tenants.resend.none" : "access.tenants.resend.done", organisation.name()), NOTICE);
    }

    private void provisioned(ProvisionedTenant tenant) {
        refresh();
        boolean delivered = tenant.deliveryFailure().isEmpty();
        Toast.show(delivered ? Toast.Kind.SUCCESS : Toast.Kind.WARNING, delivered
                ? getTranslation("access.provision.done", tenant.organisation().name(), tenant.adminEmail())
                : getTranslation("access.provision.done.failed", tenant.organisation().name(), tenant.adminEmail()),
                NOTICE);
    }
}
