package io.kadens.invitations.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.kadens.invitations.InvitablePerson;
import io.kadens.invitations.InvitationSummary;
import io.kadens.invitations.Invitations;
import io.kadens.platform.InvalidInputException;
import java.util.Map;
import java.util.function.Consumer;

/** Invite someone already in Kadens, or add a new person by name and email and invite them. */
class InviteDialog extends Dialog {

    private enum Kind { EXISTING, NEW }

    private final transient Invitations invitations;
    private final transient Consumer<InvitationSummary> invited;
    private final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    private final ComboBox<InvitablePerson> person = new ComboBox<>();
    private final TextField givenName = new TextField();
    private final TextField familyName = new TextField();
    private final EmailField email = new EmailField();

    InviteDialog(Invitations invitations, Consumer<InvitationSummary> invited) {
        this.invitations = invitations;
        this.invited = invited;
        setHeaderTitle(getTranslation("access.invite.title"));
        setId("invite-dialog");

        kind.setLabel(getTranslation("access.invite.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k == Kind.EXISTING ? "access.invite.existing" : "access.invite.new"));
        kind.setValue(Kind.EXISTING);
        kind.setId("invite-kind");

        person.setLabel(getTranslation("access.invite.person"));
        person.setHelperText(getTranslation("access.invite.person.help"));
        person.setItems(query -> invitations.invitable(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        person.setItemLabelGenerator(p -> p.name() + " (" + p.email() + ")");
        person.setId("invite-person");
        person.setWidthFull();

        givenName.setLabel(getTranslation("access.invite.given-name"));
        givenName.setId("invite-given-name");
        familyName.setLabel(getTranslation("access.invite.family-name"));
        familyName.setId("invite-family-name");
        email.setLabel(getTranslation("access.invite.email"));
        email.setId("invite-email");

        FormLayout form = new FormLayout(kind, person, givenName, familyName, email);
        form.setColspan(kind, 2);
        form.setColspan(person, 2);
        form.setColspan(email, 2);
        add(form);
        kind.addValueChangeListener(change -> showFields());
        showFields();

        Button send = new Button(getTranslation("access.invite.send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("invite-send");
        Button cancel = new Button(getTranslation("access.invite.cancel"), click -> close());
        getFooter().add(cancel, send);
        setWidth("min(560px, 95vw)");
    }

    private void showFields() {
        boolean existing = kind.getValue() == Kind.EXISTING;
        person.setVisible(existing);
        givenName.setVisible(!existing);
        familyName.setVisible(!existing);
        email.setVisible(!existing);
    }

    private void send() {
        clearErrors();
        try {
            InvitationSummary summary;
            if (kind.getValue() == Kind.EXISTING) {
                if (person.getValue() == null) {
                    throw InvalidInputException.of("person", "access.invite.person.required");
                }
                summary = invitations.invite(person.getValue().id());
            } else {
                summary = invitations.inviteNewPerson(givenName.getValue(), familyName.getValue(), email.getValue());
            }
            close();
            invited.accept(summary);
        } catch (InvalidInputException invalid) {
            Map<String, HasValidation> fields = Map.of("person", person, "givenName", givenName,
                    "familyName", familyName, "email", email);
            invalid.fieldErrors().forEach((field, key) -> {
                HasValidation target = fields.getOrDefault(field, kind.getValue() == Kind.EXISTING ? person : email);
                target.setErrorMessage(getTranslation(key));
                target.setInvalid(true);
            });
        }
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {person, givenName, familyName, email}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }
}
