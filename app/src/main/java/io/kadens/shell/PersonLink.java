package io.kadens.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.kadens.people.DirectoryEntry;

/** One person in a list: their name as a keyboard-reachable link to the profile, and their title. */
final class PersonLink {

    private PersonLink() {
    }

    static Div of(DirectoryEntry person) {
        Anchor name = new Anchor("people/" + person.id(), person.fullName());
        Span title = new Span(person.jobTitle() == null ? "" : person.jobTitle());
        title.addClassName("k-muted");
        Div row = new Div(name, title);
        row.addClassName("k-person");
        return row;
    }
}
