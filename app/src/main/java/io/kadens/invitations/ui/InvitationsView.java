package io.kadens.invitations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.ResponsiveList;
import io.kadens.frontend.Toast;
import io.kadens.invitations.InvitationSummary;
import io.kadens.invitations.Invitations;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import io.kadens.settings.TenantSettingsService;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** HR admins' list of invitations: who was invited, whether the email went out, and send again or revoke. */
@Route("invitations")
@Menu(order = 24, title = "access.nav.invitations", icon = "vaadin:envelope")
@RolesAllowed(Role.HR_ADMIN_NAME)
class InvitationsView extends Main implements PageTitles.Translated {

    private final transient Invitations invitations;
    private final Grid<InvitationSummary> grid = new Grid<>();
    private final ResponsiveList<InvitationSummary> list;
    private final DateTimeFormatter dates;

    InvitationsView(Invitations invitations, TenantSettingsService settings) {
        this.invitations = invitations;
        // Times in the tenant's time zone, formatted for the reader's language.
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(settings.zone());
        addClassName("k-page");

        Paragraph intro = new Paragraph(getTranslation("access.invitations.intro"));
        intro.addClassName("k-muted");
        Button invite = new Button(getTranslation("access.invitations.invite"), VaadinIcon.ENVELOPE_O.create(),
                click -> new InviteDialog(invitations, this::invited).open());
        invite.setId("invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("invitations-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", getTranslation("access.invitations.title"));
        grid.addColumn(InvitationSummary::personName).setHeader(getTranslation("access.invitations.person"))
                .setFlexGrow(2);
        grid.addColumn(InvitationSummary::email).setHeader(getTranslation("access.invitations.email")).setFlexGrow(2);
        grid.addComponentColumn(this::status).setHeader(getTranslation("access.invitations.status")).setFlexGrow(2);
        grid.addColumn(i -> format(i.lastSentAt())).setHeader(getTranslation("access.invitations.sent"));
        grid.addColumn(i -> format(i.expiresAt())).setHeader(getTranslation("access.invitations.expires"));
        grid.addColumn(InvitationSummary::invitedBy).setHeader(getTranslation("access.invitations.invited-by"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("access.invitations.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("access.invitations.empty"));
        grid.setHeight("70vh");

        // on a phone each invitation is a card: who, its state (with a failed delivery), when it expires, actions
        list = new ResponsiveList<>(grid, getTranslation("access.invitations.title"))
                .cardTitle(InvitationSummary::personName)
                .cardFact("email", getTranslation("access.invitations.email"), InvitationSummary::email)
                .cardFact("status", getTranslation("access.invitations.status"), this::status)
                .cardFact("expires", getTranslation("access.invitations.expires"), i -> format(i.expiresAt()))
                .cardActions(this::actions);
        add(new H1(getTranslation("access.invitations.title")), intro, invite, list);
        refresh();
    }

    @Override
    public String titleKey() {
        return "access.invitations.title";
    }

    private void refresh() {
        list.setItems(invitations.list());
    }

    private void invited(InvitationSummary invitation) {
        refresh();
        Toast.show(invitation.deliveryFailed() ? Toast.Kind.WARNING : Toast.Kind.SUCCESS, invitation.deliveryFailed()
                ? getTranslation("access.invitations.sent.failed", invitation.personName())
                : getTranslation("access.invitations.sent.ok", invitation.email()), Toast.LONG);
    }

    private Component status(InvitationSummary invitation) {
        Div cell = new Div(new Span(getTranslation("access.status." + invitation.status().name())));
        cell.addClassName("k-invitation-status");
        if (invitation.deliveryFailed() && invitation.canResend()) {
            Span failure = new Span(getTranslation("access.invitations.delivery-failed", invitation.deliveryFailure()));
            failure.addClassName("k-error-text");
            failure.getElement().setAttribute("title", invitation.deliveryFailure());
            cell.add(new Div(failure));
        } else if (invitation.lastSentAt() == null && invitation.canResend()) {
            cell.add(new Div(new Span(getTranslation("access.invitations.not-sent"))));
        }
        return cell;
    }

    private Component actions(InvitationSummary invitation) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        if (invitation.canResend()) {
            Button resend = new Button(getTranslation("access.invitations.resend"), click -> resend(invitation));
            resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
            resend.getElement().setAttribute("aria-label",
                    getTranslation("access.invitations.resend.label", invitation.personName()));
            resend.addClassName("resend-invitation");
            actions.add(resend);
        }
        if (invitation.canRevoke()) {
            Button revoke = new Button(getTranslation("access.invitations.revoke"), click -> confirmRevoke(invitation));
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            revoke.getElement().setAttribute("aria-label",
                    getTranslation("access.invitations.revoke.label", invitation.personName()));
            revoke.addClassName("revoke-invitation");
            actions.add(revoke);
        }
        return actions;
    }

    private void resend(InvitationSummary invitation) {
        try {
            InvitationSummary sent = invitations.resend(invitation.id(), invitation.version());
            refresh();
            Toast.show(sent.deliveryFailed() ? Toast.Kind.WARNING : Toast.Kind.SUCCESS, sent.deliveryFailed()
                    ? getTranslation("access.invitations.sent.failed", sent.personName())
                    : getTranslation("access.invitations.resent", sent.email()), Toast.LONG);
        } catch (InvalidInputException | ConcurrentEditException refused) {
            refused(refused);
        }
    }

    private void confirmRevoke(InvitationSummary invitation) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("access.invitations.revoke"));
        confirm.setText(getTranslation("access.invitations.revoke.confirm", invitation.personName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("access.cancel"));
        confirm.setConfirmText(getTranslation("access.invitations.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                invitations.revoke(invitation.id(), invitation.version());
                refresh();
                Toast.show(Toast.Kind.SUCCESS, getTranslation("access.invitations.revoked", invitation.personName()),
                        Toast.LONG);
            } catch (InvalidInputException | ConcurrentEditException refused) {
                refused(refused);
            }
        });
        confirm.open();
    }

    private void refused(RuntimeException refused) {
        refresh();
        String key = refused instanceof InvalidInputException invalid
                ? invalid.fieldErrors().values().iterator().next() : "access.invitation.changed";
        Toast.show(Toast.Kind.WARNING, getTranslation(key), Toast.LONG);
    }

    private String format(OffsetDateTime time) {
        return time == null ? "" : dates.format(time);
    }
}
