package io.kadens.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for pages that do not exist and for things the user may not see; the two look the same
 * on purpose, so another tenant's ids reveal nothing. Open to everyone: Vaadin checks access on
 * error views too, and a refused error view would loop.
 */
@AnonymousAllowed
class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        addClassName("k-page");
        setId("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H1(getTranslation("notfound.title")), new Paragraph(getTranslation("notfound.detail")),
                new Anchor("./", getTranslation("notfound.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
