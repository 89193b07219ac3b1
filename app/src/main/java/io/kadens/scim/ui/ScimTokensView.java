package io.kadens.scim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.platform.InvalidInputException;
import io.kadens.scim.NewScimToken;
import io.kadens.scim.ScimReportingLineChange;
import io.kadens.scim.ScimToken;
import io.kadens.scim.ScimTokenExpiry;
import io.kadens.scim.ScimTokens;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.beans.factory.annotation.Value;

/**
 * SCIM bearer tokens for the tenant's identity provider: create (shown once, expiring), see last use, revoke;
 * and the reporting-line changes the identity provider made.
 */
@Route("admin/scim")
@Menu(order = 26, title = "scim.nav", icon = "vaadin:key")
@RolesAllowed(Role.HR_ADMIN_NAME)
class ScimTokensView extends Main implements PageTitles.Translated {

    /** The newest reporting-line changes the page lists; the audit log has them all. */
    private static final int REPORTING_LINE_CHANGES = 50;

    private final transient ScimTokens tokens;
    private final Grid<ScimToken> grid = new Grid<>();
    private final Grid<ScimReportingLineChange> reportingLines = new Grid<>();
    private final TextField name = new TextField();
    private final Select<ScimTokenExpiry> expiry = new Select<>();
    private final Div created = new Div();
    private final ZoneId zone;

    ScimTokensView(ScimTokens tokens, TenantSettingsService settings, @Value("${kadens.public-url}") String publicUrl) {
        this.tokens = tokens;
        this.zone = ZoneId.of(settings.current().timeZone());
        addClassName("k-page");
        name.setLabel(getTranslation("scim.token.name"));
        name.setHelperText(getTranslation("scim.token.name.help"));
        name.setId("scim-token-name");
        name.setMaxLength(100);
        expiry.setId("scim-token-expiry");
        expiry.setLabel(getTranslation("scim.token.expiry"));
        expiry.setItems(ScimTokenExpiry.values());
        expiry.setItemLabelGenerator(choice -> getTranslation("scim.token.expiry." + choice.name()));
        expiry.setValue(ScimTokenExpiry.DAYS_365);
        Button create = new Button(getTranslation("scim.token.create"), click -> create());
        create.setId("scim-token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, expiry, create);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        created.setId("scim-token-created");
        grid.setId("scim-tokens");
        grid.getElement().setAttribute("aria-label", getTranslation("scim.tokens"));
        grid.addColumn(ScimToken::name).setHeader(getTranslation("scim.token.name"));
        grid.addColumn(token -> time(token.createdAt())).setHeader(getTranslation("scim.token.created"));
        grid.addColumn(token -> token.lastUsedAt() == null ? getTranslation("scim.token.never")
                : time(token.lastUsedAt())).setHeader(getTranslation("scim.token.last-used"));
        grid.addColumn(token -> time(token.expiresAt())).setHeader(getTranslation("scim.token.expires"));
        grid.addColumn(token -> token.active() ? getTranslation("scim.token.active")
                : token.expired() ? getTranslation("scim.token.expired")
                : getTranslation("scim.token.revoked", time(token.revokedAt()))).setHeader(getTranslation("scim.token.status"));
        grid.addComponentColumn(this::revokeButton).setHeader(getTranslation("scim.token.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("scim.tokens.empty"));

        reportingLines.setId("scim-reporting-lines");
        reportingLines.getElement().setAttribute("aria-label", getTranslation("scim.reporting-lines"));
        reportingLines.addColumn(change -> time(change.at())).setHeader(getTranslation("scim.reporting-lines.when"));
        reportingLines.addColumn(change -> name(change.personName())).setHeader(getTranslation("scim.reporting-lines.person"));
        reportingLines.addColumn(change -> name(change.previousManagerName()))
                .setHeader(getTranslation("scim.reporting-lines.from"));
        reportingLines.addColumn(change -> name(change.newManagerName()))
                .setHeader(getTranslation("scim.reporting-lines.to"));
        reportingLines.addColumn(ScimReportingLineChange::actor).setHeader(getTranslation("scim.reporting-lines.by"));
        reportingLines.setAllRowsVisible(true);
        reportingLines.setEmptyStateText(getTranslation("scim.reporting-lines.empty"));
        Paragraph reportingIntro = new Paragraph(getTranslation("scim.reporting-lines.intro", REPORTING_LINE_CHANGES));
        reportingIntro.addClassName("k-muted");

        add(new H1(getTranslation("scim.title")), new Paragraph(getTranslation("scim.intro")),
                baseUrl(publicUrl), form, created, grid,
                new H2(getTranslation("scim.reporting-lines")), reportingIntro, reportingLines);
        refresh();
    }

    /**
     * The address the identity provider is given: this deployment's public address (the one its mails link
     * to) followed by /scim/v2; the token says which organisation it is.
     */
    private HorizontalLayout baseUrl(String publicUrl) {
        String url = (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "scim/v2";
        TextField field = new TextField(getTranslation("scim.base-url"));
        field.setId("scim-base-url");
        field.setValue(url);
        field.setReadOnly(true);
        field.setHelperText(getTranslation("scim.base-url.help"));
        field.setWidth("min(100%, 36em)");
        Button copy = new Button(getTranslation("scim.base-url.copy"), VaadinIcon.COPY.create(), click -> {
            getElement().executeJs("if (navigator.clipboard) { navigator.clipboard.writeText($0).catch(() => {}); }", url);
            Toast.show(Toast.Kind.SUCCESS, getTranslation("scim.base-url.copied"), Toast.SHORT);
        });
        copy.setId("scim-base-url-copy");
        copy.getElement().setAttribute("aria-label", getTranslation("scim.base-url.copy.label"));
        HorizontalLayout row = new HorizontalLayout(field, copy);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private void create() {
        try {
            NewScimToken token = tokens.create(name.getValue(), expiry.getValue());
            name.clear();
            name.setInvalid(false);
            created.removeAll();
            TextArea secret = new TextArea(getTranslation("scim.token.secret"));
            secret.setValue(token.secret());
            secret.setReadOnly(true);
            secret.setWidthFull();
            secret.setId("scim-token-secret");
            created.add(new Paragraph(getTranslation("scim.token.shown-once", token.token().name())), secret);
            refresh();
        } catch (InvalidInputException invalid) {
            name.setInvalid(true);
            name.setErrorMessage(getTranslation(invalid.fieldErrors().getOrDefault("name", "scim.token.name.required")));
        }
    }

    private Button revokeButton(ScimToken token) {
        Button revoke = new Button(getTranslation("scim.token.revoke"), click -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.getElement().setAttribute("aria-label", getTranslation("scim.token.revoke.named", token.name()));
        revoke.setEnabled(token.active());
        return revoke;
    }

    private void confirmRevoke(ScimToken token) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("scim.token.revoke.title", token.name()));
        dialog.add(new Paragraph(getTranslation("scim.token.revoke.text")));
        Button confirm = new Button(getTranslation("scim.token.revoke"), click -> {
            tokens.revoke(token.id());
            dialog.close();
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("scim.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(tokens.list());
        reportingLines.setItems(tokens.reportingLineChanges(REPORTING_LINE_CHANGES));
    }

    private String name(String name) {
        return name == null ? getTranslation("scim.reporting-lines.nobody") : name;
    }

    private String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone).format(instant);
    }

    @Override
    public String titleKey() {
        return "scim.title";
    }
}
