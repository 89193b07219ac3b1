package io.kadens.operator.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.kadens.operator.OperatorBootstrap;
import io.kadens.operator.OperatorLinkUnusableException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.OrganisationSignInToken;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Where the first operator's single-use link leads: they choose a password and are signed in. Any
 * other link says only that it cannot be used.
 */
@Route(value = "operator-setup/:token", autoLayout = false)
@AnonymousAllowed
class OperatorSetupView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient OperatorBootstrap bootstrap;
    private final transient AuthenticationManager authenticationManager;
    private final transient SecurityContextRepository securityContextRepository;
    private final VerticalLayout card = new VerticalLayout();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private String token;

    OperatorSetupView(OperatorBootstrap bootstrap, AuthenticationManager authenticationManager,
                      SecurityContextRepository securityContextRepository) {
        this.bootstrap = bootstrap;
        this.authenticationManager = authenticationManager;
        this.securityContextRepository = securityContextRepository;
        addClassName("k-login");
        card.addClassName("k-login-card");
        card.setPadding(false);
        card.setWidth(null);
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operator.setup.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        H1 brand = new H1(getTranslation("operator.setup.heading"));
        brand.addClassName("k-brand");
        card.add(brand);
        Optional<String> email = bootstrap.open(token);
        if (email.isPresent()) {
            showForm(email.get());
        } else {
            showUnusable();
        }
    }

    private void showForm(String email) {
        Paragraph intro = new Paragraph(getTranslation("operator.setup.intro"));
        intro.setId("operator-setup-intro");
        TextField emailField = new TextField(getTranslation("access.accept.email"));
        emailField.setValue(email);
        emailField.setReadOnly(true);
        emailField.setId("operator-setup-email");
        emailField.getElement().setAttribute("autocomplete", "username");
        emailField.setWidthFull();

        password.setLabel(getTranslation("access.accept.password"));
        password.setHelperText(getTranslation("access.accept.password.help"));
        password.setId("operator-setup-password");
        password.setRequired(true);
        password.setAutofocus(true);
        password.getElement().setAttribute("autocomplete", "new-password");
        password.setWidthFull();
        confirmation.setLabel(getTranslation("access.accept.confirmation"));
        confirmation.setId("operator-setup-confirmation");
        confirmation.setRequired(true);
        confirmation.getElement().setAttribute("autocomplete", "new-password");
        confirmation.setWidthFull();

        Button submit = new Button(getTranslation("access.accept.submit"), click -> choose());
        submit.setId("operator-setup-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setWidthFull();
        card.add(intro, emailField, password, confirmation, submit);
    }

    private void showUnusable() {
        Div message = new Div(getTranslation("operator.setup.unusable"));
        message.addClassName("k-login-error");
        message.setId("operator-setup-unusable");
        message.getElement().setAttribute("role", "alert");
        card.add(message, new Anchor("login", getTranslation("access.accept.to-sign-in")));
    }

    private void choose() {
        password.setInvalid(false);
        confirmation.setInvalid(false);
        String email;
        try {
            email = bootstrap.choosePassword(token, password.getValue(), confirmation.getValue());
        } catch (InvalidInputException invalid) {
            invalid.fieldErrors().forEach((field, key) -> {
                PasswordField target = "confirmation".equals(field) ? confirmation : password;
                target.setErrorMessage(getTranslation(key));
                target.setInvalid(true);
            });
            (password.isInvalid() ? password : confirmation).focus();
            return;
        } catch (OperatorLinkUnusableException unusable) {
            card.removeAll();
            showUnusable();
            return;
        }
        signIn(email);
    }

    /** Signs the operator in with the password just chosen, the way the sign-in page does. */
    private void signIn(String email) {
        try {
            Authentication authentication = authenticationManager.authenticate(
                    new OrganisationSignInToken("operator", email, password.getValue()));
            SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
            SecurityContext context = strategy.createEmptyContext();
            context.setAuthentication(authentication);
            strategy.setContext(context);
            var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
            request.changeSessionId();
            securityContextRepository.saveContext(context, request,
                    VaadinServletResponse.getCurrent().getHttpServletResponse());
            UI.getCurrent().getPage().setLocation("operator/tenants");
        } catch (AuthenticationException notNow) {
            card.removeAll();
            Paragraph done = new Paragraph(getTranslation("access.accept.done"));
            done.setId("operator-setup-done");
            card.add(done, new Anchor("login", getTranslation("access.accept.to-sign-in")));
        }
    }
}
