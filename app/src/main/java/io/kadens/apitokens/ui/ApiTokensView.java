package io.kadens.apitokens.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import io.kadens.apitokens.ApiTokenSummary;
import io.kadens.apitokens.ApiTokens;
import io.kadens.apitokens.IssuedApiToken;
import io.kadens.apitokens.TokenExpiry;
import io.kadens.apitokens.TokenScope;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.ResponsiveList;
import io.kadens.frontend.Toast;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.security.access.AccessDeniedException;

/**
 * A person's personal access tokens for the REST API, linked from their own profile: create one
 * (shown once), see when each was last used, revoke. HR admins also see everyone's and can revoke them.
 */
@Route(ApiTokensView.ROUTE)
@RolesAllowed(Role.EMPLOYEE_NAME)
public class ApiTokensView extends Main implements PageTitles.Translated {

    public static final String ROUTE = "profile/api-tokens";

    private final transient ApiTokens tokens;
    private final Grid<ApiTokenSummary> mine = new Grid<>();
    private final Grid<ApiTokenSummary> everyone = new Grid<>();
    private ResponsiveList<ApiTokenSummary> myList;
    private ResponsiveList<ApiTokenSummary> everyoneList;
    private final boolean hrAdmin;
    private final DateTimeFormatter dates;
    private final TextField name = new TextField();
    private final Select<TokenExpiry> expiry = new Select<>();
    private final Select<TokenScope> scope = new Select<>();
    private final Paragraph lifetimeNotice = new Paragraph();
    private final IntegerField maxLifetime = new IntegerField();

    ApiTokensView(ApiTokens tokens, CurrentUser currentUser, TenantSettingsService settings) {
        this.tokens = tokens;
        this.hrAdmin = currentUser.require().has(Role.HR_ADMIN);
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(settings.zone());
        addClassName("k-page");
        setId("api-tokens");

        Paragraph intro = new Paragraph(getTranslation("api-tokens.intro"));
        intro.addClassName("k-muted");
        Anchor docs = new Anchor("api/docs", getTranslation("api-tokens.docs"));
        docs.setId("api-docs-link");
        docs.setRouterIgnore(true);

        name.setId("token-name");
        name.setLabel(getTranslation("api-tokens.name"));
        name.setMaxLength(ApiTokens.MAX_NAME_LENGTH);
        name.setRequiredIndicatorVisible(true);
        expiry.setId("token-expiry");
        expiry.setLabel(getTranslation("api-tokens.expiry"));
        expiry.setItemLabelGenerator(e -> getTranslation("api-tokens.expiry." + e.name()));
        scope.setId("token-scope");
        scope.setLabel(getTranslation("api-tokens.scope"));
        scope.setHelperText(getTranslation("api-tokens.scope.help"));
        scope.setItems(TokenScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("api-tokens.scope." + s.name()));
        // Least rights first: a token that only reads cannot change anything if it leaks.
        scope.setValue(TokenScope.READ);
        lifetimeNotice.setId("token-lifetime-notice");
        lifetimeNotice.addClassName("k-muted");
        showAllowedExpiries();
        Button create = new Button(getTranslation("api-tokens.create"), VaadinIcon.KEY.create(), click -> create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, expiry, scope, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        myList = configure(mine, "my-tokens", getTranslation("api-tokens.mine"), false);
        add(new H1(getTranslation("api-tokens.title")), intro, docs, lifetimeNotice, form,
                new H2(getTranslation("api-tokens.mine")), myList);
        if (hrAdmin) {
            add(new H2(getTranslation("api-tokens.policy")), policyForm());
            everyoneList = configure(everyone, "all-tokens", getTranslation("api-tokens.everyone"), true);
            Paragraph everyoneIntro = new Paragraph(getTranslation("api-tokens.everyone.intro"));
            everyoneIntro.addClassName("k-muted");
            add(new H2(getTranslation("api-tokens.everyone")), everyoneIntro, everyoneList);
        }
        refresh();
    }

    /** The expiries the organisation's limit leaves, and a sentence saying what the limit is. */
    private void showAllowedExpiries() {
        var allowed = tokens.allowedExpiries();
        TokenExpiry chosen = expiry.getValue();
        expiry.setItems(allowed);
        expiry.setValue(chosen != null && allowed.contains(chosen) ? chosen
                : allowed.contains(TokenExpiry.DAYS_90) ? TokenExpiry.DAYS_90 : allowed.isEmpty() ? null : allowed.getLast());
        var limit = tokens.maxLifetimeDays();
        lifetimeNotice.setText(limit.map(days -> getTranslation("api-tokens.max-lifetime.notice", days)).orElse(""));
        lifetimeNotice.setVisible(limit.isPresent());
    }

    private Component policyForm() {
        Paragraph policyIntro = new Paragraph(getTranslation("api-tokens.policy.intro"));
        policyIntro.addClassName("k-muted");
        maxLifetime.setId("token-max-lifetime");
        maxLifetime.setLabel(getTranslation("api-tokens.policy.days"));
        maxLifetime.setMin(1);
        maxLifetime.setMax(ApiTokens.MAX_LIFETIME_DAYS);
        maxLifetime.setClearButtonVisible(true);
        maxLifetime.setValue(tokens.maxLifetimeDays().orElse(null));
        Button save = new Button(getTranslation("api-tokens.policy.save"), click -> savePolicy());
        save.setId("save-token-max-lifetime");
        HorizontalLayout row = new HorizontalLayout(maxLifetime, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new com.vaadin.flow.component.html.Div(policyIntro, row);
    }

    private void savePolicy() {
        maxLifetime.setInvalid(false);
        try {
            Integer days = maxLifetime.getValue();
            tokens.setMaxLifetimeDays(days);
            Toast.success(days == null ? getTranslation("api-tokens.policy.removed")
                    : getTranslation("api-tokens.policy.saved", days));
            showAllowedExpiries();
            refresh();
        } catch (InvalidInputException invalid) {
            maxLifetime.setErrorMessage(getTranslation(invalid.fieldErrors().values().iterator().next()));
            maxLifetime.setInvalid(true);
        }
    }

    private ResponsiveList<ApiTokenSummary> configure(Grid<ApiTokenSummary> grid, String id, String label,
                                                      boolean withPerson) {
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", label);
        if (withPerson) {
            grid.addColumn(ApiTokenSummary::personName).setHeader(getTranslation("api-tokens.person")).setFlexGrow(2);
        }
        grid.addColumn(ApiTokenSummary::name).setHeader(getTranslation("api-tokens.name")).setFlexGrow(2);
        grid.addColumn(t -> getTranslation("api-tokens.scope." + t.scope().name())).setHeader(getTranslation("api-tokens.scope"));
        grid.addColumn(t -> format(t.createdAt())).setHeader(getTranslation("api-tokens.created"));
        grid.addColumn(t -> t.expiresAt() == null ? getTranslation("api-tokens.expiry.NEVER") : format(t.expiresAt()))
                .setHeader(getTranslation("api-tokens.expires"));
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("api-tokens.never-used") : format(t.lastUsedAt()))
                .setHeader(getTranslation("api-tokens.last-used"));
        grid.addColumn(this::status).setHeader(getTranslation("api-tokens.status"));
        grid.addComponentColumn(this::revokeButton).setHeader(getTranslation("api-tokens.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("api-tokens.empty"));
        grid.setAllRowsVisible(true);
        // on a phone each token is a card: its name (and owner), scope, expiry, state and the revoke button
        ResponsiveList<ApiTokenSummary> list = new ResponsiveList<>(grid, label)
                .cardTitle(t -> withPerson ? t.name() + " · " + t.personName() : t.name())
                .cardFact("scope", getTranslation("api-tokens.scope"), t -> getTranslation("api-tokens.scope." + t.scope().name()))
                .cardFact("expires", getTranslation("api-tokens.expires"),
                        t -> t.expiresAt() == null ? getTranslation("api-tokens.expiry.NEVER") : format(t.expiresAt()))
                .cardFact("status", getTranslation("api-tokens.status"), this::status)
                .cardActions(this::revokeButton);
        return list;
    }

    @Override
    public String titleKey() {
        return "api-tokens.title";
    }

    private void refresh() {
        myList.setItems(tokens.mine());
        if (hrAdmin) {
            everyoneList.setItems(tokens.everyone());
        }
    }

    private void create() {
        name.setInvalid(false);
        expiry.setInvalid(false);
        scope.setInvalid(false);
        try {
            IssuedApiToken issued = tokens.create(name.getValue(), expiry.getValue(), scope.getValue());
            name.clear();
            refresh();
            new NewTokenDialog(issued).open();
        } catch (InvalidInputException invalid) {
            invalid.fieldErrors().forEach((field, key) -> {
                if ("expiry".equals(field)) {
                    expiry.setErrorMessage(getTranslation(key));
                    expiry.setInvalid(true);
                    // The limit may have changed since the page was opened.
                    showAllowedExpiries();
                } else if ("scope".equals(field)) {
                    scope.setErrorMessage(getTranslation(key));
                    scope.setInvalid(true);
                } else {
                    name.setErrorMessage(getTranslation(key));
                    name.setInvalid(true);
                }
            });
        }
    }

    private String status(ApiTokenSummary token) {
        if (token.revokedAt() != null) {
            return getTranslation("api-tokens.status.revoked");
        }
        return getTranslation(token.active() ? "api-tokens.status.active" : "api-tokens.status.expired");
    }

    private Component revokeButton(ApiTokenSummary token) {
        if (token.revokedAt() != null) {
            return new Span();
        }
        Button revoke = new Button(getTranslation("api-tokens.revoke"), click -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.getElement().setAttribute("aria-label", getTranslation("api-tokens.revoke.label", token.name(),
                token.personName()));
        revoke.addClassName("revoke-token");
        return revoke;
    }

    private void confirmRevoke(ApiTokenSummary token) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-revoke-token");
        confirm.setHeader(getTranslation("api-tokens.revoke"));
        confirm.setText(getTranslation("api-tokens.revoke.confirm", token.name(), token.personName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("api-tokens.cancel"));
        confirm.setConfirmText(getTranslation("api-tokens.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                tokens.revoke(token.id());
                Toast.show(Toast.Kind.SUCCESS, getTranslation("api-tokens.revoked", token.name()), Toast.LONG);
            } catch (AccessDeniedException gone) {
                Toast.show(Toast.Kind.WARNING, getTranslation("api-tokens.revoke.failed"), Toast.LONG);
            }
            refresh();
        });
        confirm.open();
    }

    private String format(OffsetDateTime time) {
        return time == null ? "" : dates.format(time);
    }
}
