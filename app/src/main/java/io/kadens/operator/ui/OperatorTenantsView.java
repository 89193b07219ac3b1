package io.kadens.operator.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.organisation.OrganisationOverview;
import io.kadens.operator.OperatorConsole;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The operator's overview of tenants: registry fields and a head count, never anyone's data. */
@Route("operator/tenants")
@Menu(order = 10, title = "nav.tenants", icon = "vaadin:building")
@RolesAllowed(Role.OPERATOR_NAME)
class OperatorTenantsView extends Main implements HasDynamicTitle {

    OperatorTenantsView(OperatorConsole console) {
        addClassName("k-page");
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());

        Grid<OrganisationOverview> grid = new Grid<>();
        grid.setId("tenants-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("nav.tenants"));
        grid.addColumn(o -> o.organisation().name()).setHeader(getTranslation("tenants.name")).setFlexGrow(2);
        grid.addColumn(o -> o.organisation().slug()).setHeader(getTranslation("tenants.slug"));
        grid.addColumn(o -> getTranslation("language." + o.organisation().locale())).setHeader(getTranslation("tenants.locale"));
        grid.addColumn(o -> getTranslation("tenants.status." + o.organisation().status())).setHeader(getTranslation("tenants.status"));
        grid.addColumn(o -> numbers.format(o.activePeople())).setHeader(getTranslation("tenants.people"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(o -> o.createdAt() == null ? "" : dates.format(o.createdAt())).setHeader(getTranslation("tenants.created"));
        grid.setItems(console.tenants());
        grid.setAllRowsVisible(true);

        Paragraph intro = new Paragraph(getTranslation("tenants.intro"));
        intro.addClassName("k-muted");
        Paragraph aiMode = new Paragraph(getTranslation("tenants.ai-mode",
                getTranslation("ai.mode." + console.deploymentAiMode().name())));
        aiMode.setId("deployment-ai-mode");
        add(new H1(getTranslation("nav.tenants")), intro, aiMode, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tenants") + " · Kadens";
    }
}
