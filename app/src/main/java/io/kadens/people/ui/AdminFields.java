package io.kadens.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.kadens.people.DirectoryEntry;
import io.kadens.people.PeopleService;
import java.io.ByteArrayInputStream;
import java.util.Map;

/** Small pieces the admin screens share: messages at fields, a person picker, avatars with photos. */
final class AdminFields {

    private AdminFields() {
    }

    /** Shows each message at its field; clears the fields without one. Returns the keys no field took. */
    static Map<String, String> showErrors(Map<String, ? extends HasValidation> fields, Map<String, String> errors,
                                          java.util.function.Function<String, String> translate) {
        fields.forEach((name, field) -> {
            String key = errors.get(name);
            field.setInvalid(key != null);
            field.setErrorMessage(key == null ? null : translate.apply(key));
        });
        var rest = new java.util.LinkedHashMap<>(errors);
        rest.keySet().removeAll(fields.keySet());
        return rest;
    }

    static void clearErrors(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
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
        view.addAttachListener(event -> event.getUI().getPage().addStyleSheet("context://kadens/people-admin.css"));
    }

    static Component withId(Component component, String id) {
        component.setId(id);
        return component;
    }
}
