package io.kadens.frontend;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** A titled panel on a dashboard; its heading labels the region for screen readers. */
public class Card extends Section {

    public Card(String title, Component... content) {
        addClassName("k-card");
        H2 heading = new H2(title);
        heading.addClassName("k-card-title");
        heading.setId("card-" + Integer.toHexString(System.identityHashCode(this)));
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading);
        add(content);
    }
}
