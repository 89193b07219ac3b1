package io.kadens.apitokens.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import io.kadens.apitokens.IssuedApiToken;
import io.kadens.frontend.Toast;

/** Shows a new token's text the one time it can be seen, with a button that copies it. */
class NewTokenDialog extends Dialog {

    NewTokenDialog(IssuedApiToken issued) {
        setId("new-token-dialog");
        setHeaderTitle(getTranslation("api-tokens.created.title", issued.summary().name()));
        setCloseOnOutsideClick(false);
        setWidth("min(44rem, 95vw)");

        Paragraph once = new Paragraph(getTranslation("api-tokens.created.once"));
        TextField token = new TextField(getTranslation("api-tokens.created.token"));
        token.setId("new-token");
        token.setValue(issued.token());
        token.setReadOnly(true);
        token.setWidthFull();
        Paragraph usage = new Paragraph(getTranslation("api-tokens.created.usage"));
        usage.addClassName("k-muted");

        Button copy = new Button(getTranslation("api-tokens.copy"), VaadinIcon.COPY.create(), click -> {
            copy(issued.token());
            Toast.show(Toast.Kind.SUCCESS, getTranslation("api-tokens.copied"), Toast.SHORT);
        });
        copy.setId("copy-token");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("api-tokens.close"), click -> close());
        close.setId("close-token-dialog");
        add(once, token, usage);
        getFooter().add(close, copy);
    }

    private void copy(String text) {
        getElement().executeJs("if (navigator.clipboard) { navigator.clipboard.writeText($0).catch(() => {}); }", text);
    }
}
