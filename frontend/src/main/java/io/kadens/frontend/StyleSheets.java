package io.kadens.frontend;

import com.vaadin.flow.component.Component;

/** A feature's own stylesheet, plain CSS under {@code META-INF/resources} (Kadens has no frontend build). */
public final class StyleSheets {

    private StyleSheets() {
    }

    /**
     * Adds the stylesheet to the page whenever the view is attached. A {@code @StyleSheet} on the view
     * says the same; adding it to the page as well makes it independent of how the production bundle
     * treats component dependencies.
     */
    public static void loadWith(Component view, String url) {
        view.addAttachListener(event -> event.getUI().getPage().addStyleSheet(url));
    }
}
