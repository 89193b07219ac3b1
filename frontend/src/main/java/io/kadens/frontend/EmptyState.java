package io.kadens.frontend;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** What a list or card shows when it has nothing yet, with a sentence that says what would go here. */
public class EmptyState extends Div {

    public EmptyState(String title, String explanation) {
        addClassName("k-empty");
        Span heading = new Span(title);
        heading.addClassName("k-empty-title");
        add(heading, new Paragraph(explanation));
    }
}
