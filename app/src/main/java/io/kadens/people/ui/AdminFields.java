package io.kadens.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.kadens.frontend.StyleSheets;
import io.kadens.people.DirectoryEntry;
import io.kadens.people.PeopleService;
import java.io.ByteArrayInputStream;

/** Small pieces the admin screens share: a person picker, avatars with photos. */
final class AdminFields {

    private AdminFields() {
    }

    /** A combo box over the directory that searches as the user types, without loading everyone. */
    static ComboBox<DirectoryEntry> personPicker(PeopleService people, String label) {
        ComboBox<DirectoryEntry> picker = new ComboBox<>(label);
        picker.setItems(query -> people.search(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        picker.setItemLabelGenerator(p -> p.fullName() + (p.jobTitle() == null ? "" : " · " + p.jobTitle()));
        picker.setClearButtonVisible(true);
        picker.setWidthFull();
        return picker;
    }

    /** An avatar that shows the person's photo when they have one, else their initials. */
    static Avatar avatar(PeopleService people, DirectoryEntry person) {
        Avatar avatar = new Avatar(person.fullName());
        if (person.hasPhoto()) {
            avatar.setImageHandler(DownloadHandler.fromInputStream(event -> people.photo(person.id())
                    .map(photo -> new DownloadResponse(new ByteArrayInputStream(photo.data()), "photo",
                            photo.contentType(), photo.data().length))
                    .orElseGet(() -> DownloadResponse.error(404))));
        }
        return avatar;
    }

    /**
     * Loads the feature's stylesheet into the page once the view is attached (the {@code @StyleSheet}
     * on the views says the same; adding it to the page as well makes it independent of how the
     * production bundle treats component dependencies).
     */
    static void useStyles(Component view) {
        StyleSheets.loadWith(view, "context://kadens/people-admin.css");
    }

    static Component withId(Component component, String id) {
        component.setId(id);
        return component;
    }
}
