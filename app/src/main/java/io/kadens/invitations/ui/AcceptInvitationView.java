package io.kadens.invitations.ui;

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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.kadens.frontend.PageTitles;
import io.kadens.invitations.AcceptedInvitation;
import io.kadens.invitations.InvitationLink;
import io.kadens.invitations.InvitationUnusableException;
import io.kadens.invitations.Invitations;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.KadensUser;
import io.kadens.security.OrganisationSignInToken;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The page an invitation email links to. A valid link shows the organisation and the invitee's
 * email and lets them set a password, after which they are signed in. Any other link says plainly
 * why it cannot be used, and nothing about any tenant.
 */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
class AcceptInvitationView extends Main implements BeforeEnterObserver, PageTitles.Translated {

    private final transient Invitations invitations;
    private final transient AuthenticationManager authenticationManager;
    private final transient SecurityContextRepository securityContextRepository;
    private final VerticalLayout card = new VerticalLayout();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private String token;

    AcceptInvitationView(Invitations invitations, AuthenticationManager authenticationManager,
                         SecurityContextRepository securityContextRepository) {
        this.invitations = invitations;
        this.authenticationManager = authenticationManager;
        this.securityContextRepository = securityContextRepository;
        addClassName("k-login");
        card.addClassName("k-login-card");
        card.setPadding(false);
        card.setWidth(null);
        add(card);
    }

    @Override
    public String titleKey() {
        return "access.accept.title";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        H1 brand = new H1(getTranslation("access.accept.heading"));
        brand.addClassName("k-brand");
        card.add(brand);
        InvitationLink link = invitations.open(token);
        if (link.isValid()) {
            showForm(link);
        } else {
            showUnusable(link.state());
        }
    }

    private void showForm(InvitationLink link) {
        Paragraph intro = new Paragraph(getTranslation("access.accept.intro", link.organisationName().orElseThrow()));
        intro.setId("invitation-intro");

        TextField organisation = new TextField(getTranslation("access.accept.organisation"));
        organisation.setValue(link.organisationName().orElseThrow());
        organisation.setReadOnly(true);
        organisation.setId("invitation-organisation");
        organisation.setWidthFull();
        TextField email = new TextField(getTranslation("access.accept.email"));
        email.setValue(link.email().orElseThrow());
        email.setReadOnly(true);
        email.setId("invitation-email");
        email.getElement().setAttribute("autocomplete", "username");
        email.setWidthFull();

        password.setLabel(getTranslation("access.accept.password"));
        password.setHelperText(getTranslation("access.accept.password.help"));
        password.setId("invitation-password");
        password.setRequired(true);
        password.setAutofocus(true);
        password.getElement().setAttribute("autocomplete", "new-password");
        password.setWidthFull();
        confirmation.setLabel(getTranslation("access.accept.confirmation"));
        confirmation.setId("invitation-confirmation");
        confirmation.setRequired(true);
        confirmation.getElement().setAttribute("autocomplete", "new-password");
        confirmation.setWidthFull();

        Button submit = new Button(getTranslation("access.accept.submit"), click -> accept());
        submit.setId("invitation-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setWidthFull();
        card.add(intro, organisation, email, password, confirmation, submit);
    }

    private void showUnusable(InvitationLink.State state) {
        Div message = new Div(getTranslation("access.link." + state.name()));
        message.addClassName("k-login-error");
        message.setId("invitation-unusable");
        message.getElement().setAttribute("role", "alert");
        card.add(message, new Anchor("login", getTranslation("access.accept.to-sign-in")));
    }

    private void accept() {
        password.setInvalid(false);
        confirmation.setInvalid(false);
        AcceptedInvitation accepted;
        try {
            accepted = invitations.accept(token, password.getValue(), confirmation.getValue());
        } catch (InvalidInputException invalid) {
            invalid.fieldErrors().forEach((field, key) -> {
                PasswordField target = "confirmation".equals(field) ? confirmation : password;
                target.setErrorMessage(getTranslation(key));
                target.setInvalid(true);
            });
            (password.isInvalid() ? password : confirmation).focus();
            return;
        } catch (InvitationUnusableException unusable) {
            card.removeAll();
            showUnusable(unusable.state());
            return;
        }
        signIn(accepted);
    }

    /** Signs the invitee in with the password they just chose, the way the sign-in page does. */
    private void signIn(AcceptedInvitation accepted) {
        try {
            Authentication authentication = authenticationManager.authenticate(
                    new OrganisationSignInToken(accepted.organisationSlug(), accepted.email(), password.getValue()));
            SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
            SecurityContext context = strategy.createEmptyContext();
            context.setAuthentication(authentication);
            strategy.setContext(context);
            HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
            request.changeSessionId();
            securityContextRepository.saveContext(context, request,
                    VaadinServletResponse.getCurrent().getHttpServletResponse());
            VaadinSession.getCurrent().setLocale(((KadensUser) authentication.getPrincipal()).locale());
            UI.getCurrent().getPage().setLocation("./");
        } catch (AuthenticationException notNow) {
            // The password is set; signing in by hand still works.
            card.removeAll();
            Paragraph done = new Paragraph(getTranslation("access.accept.done"));
            done.setId("invitation-done");
            card.add(done, new Anchor("login", getTranslation("access.accept.to-sign-in")));
        }
    }
}
