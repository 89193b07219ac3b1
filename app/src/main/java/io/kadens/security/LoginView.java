package io.kadens.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.kadens.frontend.PageTitles;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Sign-in with organisation, email and password. Every failure shows the same message, so the
 * page never tells whether the organisation or the account exists.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, PageTitles.Translated {

    static final String SUSPENDED_PARAMETER = "suspended";
    static final String ACCESS_ENDED_PARAMETER = "access-ended";

    private final AuthenticationManager authenticationManager;
    private final SecurityContextRepository securityContextRepository;
    private final CurrentUser currentUser;

    private final TextField organisation = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final Div error = new Div();

    LoginView(AuthenticationManager authenticationManager, SecurityContextRepository securityContextRepository,
              CurrentUser currentUser) {
        this.authenticationManager = authenticationManager;
        this.securityContextRepository = securityContextRepository;
        this.currentUser = currentUser;
        addClassName("k-login");

        H1 brand = new H1("Kadens");
        brand.addClassName("k-brand");
        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        intro.addClassName("k-muted");

        organisation.setLabel(getTranslation("login.organisation"));
        organisation.setHelperText(getTranslation("login.organisation.help"));
        organisation.setId("organisation");
        organisation.setRequired(true);
        organisation.setAutofocus(true);
        organisation.getElement().setAttribute("autocomplete", "organization");
        organisation.setWidthFull();

        email.setLabel(getTranslation("login.email"));
        email.setId("email");
        email.setRequired(true);
        email.getElement().setAttribute("autocomplete", "username");
        email.setWidthFull();

        password.setLabel(getTranslation("login.password"));
        password.setId("password");
        password.setRequired(true);
        password.getElement().setAttribute("autocomplete", "current-password");
        password.setWidthFull();

        error.addClassName("k-login-error");
        error.setId("login-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        Button signIn = new Button(getTranslation("login.submit"), click -> signIn());
        signIn.setId("sign-in");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        signIn.setWidthFull();

        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("language.label"));
        language.setItems(Locale.ENGLISH, Locale.forLanguageTag("sv"));
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setValue(Locale.forLanguageTag(getLocale().getLanguage()));
        language.addValueChangeListener(change -> {
            VaadinSession.getCurrent().setLocale(change.getValue());
            UI.getCurrent().getPage().reload();
        });

        VerticalLayout card = new VerticalLayout(brand, intro, error, organisation, email, password, signIn, language);
        card.addClassName("k-login-card");
        card.setPadding(false);
        card.setWidth(null);
        add(card);
    }

    @Override
    public String titleKey() {
        return "login.title";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
        } else if (event.getLocation().getQueryParameters().getParameters().containsKey(SUSPENDED_PARAMETER)) {
            // Sent here by EndedAccessSessions after it ended a session of a suspended organisation.
            showError("access.login.suspended");
        } else if (event.getLocation().getQueryParameters().getParameters().containsKey(ACCESS_ENDED_PARAMETER)) {
            // Sent here by EndedAccessSessions after it ended the session of a deactivated person.
            showError("access.login.ended");
        }
    }

    private void showError(String key) {
        error.setText(getTranslation(key));
        error.setVisible(true);
    }

    private void signIn() {
        try {
            HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
            Authentication authentication = authenticationManager.authenticate(new OrganisationSignInToken(
                    organisation.getValue(), email.getValue(), password.getValue(), request.getRemoteAddr()));
            SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
            SecurityContext context = strategy.createEmptyContext();
            context.setAuthentication(authentication);
            strategy.setContext(context);
            // A new session id after sign-in: a session id planted before it is worth nothing.
            request.changeSessionId();
            securityContextRepository.saveContext(context, request,
                    VaadinServletResponse.getCurrent().getHttpServletResponse());
            KadensUser user = (KadensUser) authentication.getPrincipal();
            VaadinSession.getCurrent().setLocale(user.locale());
            UI.getCurrent().getPage().setLocation(user.isOperator() ? "operator/tenants" : "./");
        } catch (SignInFailedException failure) {
            password.clear();
            showError(switch (failure.reason()) {
                case THROTTLED -> "login.error.throttled";
                case SUSPENDED -> "access.login.suspended";
                case INVALID -> "login.error.invalid";
            });
            password.focus();
        }
    }
}
