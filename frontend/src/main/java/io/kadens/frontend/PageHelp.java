package io.kadens.frontend;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A "Help" button that opens a short help text about the page in a dialog. The application sets the text
 * for each page it shows ({@link #show}) and hides the button where a page has none ({@link #hide}).
 * Keyboard-usable like any button; the dialog is labelled by its title and closes with Escape or its button.
 */
public class PageHelp extends Button {

    private final Dialog dialog = new Dialog();
    private final Paragraph text = new Paragraph();

    /**
     * @param label      the button's text ("Help")
     * @param closeLabel the dialog's close button
     */
    public PageHelp(String label, String closeLabel) {
        super(label, VaadinIcon.QUESTION_CIRCLE_O.create());
        setId("page-help");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        getElement().setAttribute("aria-haspopup", "dialog");
        text.setId("page-help-text");
        text.getStyle().set("max-width", "60ch").set("white-space", "pre-line");
        dialog.setId("page-help-dialog");
        dialog.add(text);
        Button close = new Button(closeLabel, click -> dialog.close());
        close.setId("page-help-close");
        dialog.getFooter().add(close);
        addClickListener(click -> dialog.open());
        setVisible(false);
    }

    /** Shows the button with this page's help: the dialog's title and its text. */
    public void show(String title, String helpText) {
        dialog.setHeaderTitle(title);
        text.setText(helpText);
        getElement().setAttribute("aria-label", title);
        setVisible(true);
    }

    /** For pages without help. */
    public void hide() {
        dialog.close();
        setVisible(false);
    }
}
