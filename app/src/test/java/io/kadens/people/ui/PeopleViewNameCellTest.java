package io.kadens.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.people.DirectoryEntry;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The directory's name column: what each row sends to the browser's template. */
class PeopleViewNameCellTest {

    private static DirectoryEntry person(UUID id, boolean photo) {
        return new DirectoryEntry(id, "Sara", "Nilsson", "sara@acme.example", "Key Account Manager", null, "Sales",
                null, "Erik Johansson", "Stockholm", null, null, null, null, photo);
    }

    @Test
    void eachRowLinksToTheProfileAndShowsThePhotoOnlyWhenThereIsOne() {
        var cell = PeopleView.nameCell();
        UUID id = UUID.randomUUID();
        var values = cell.getValueProviders();

        assertThat(values.get("name").apply(person(id, false))).isEqualTo("Sara Nilsson");
        assertThat(values.get("link").apply(person(id, false))).isEqualTo("people/" + id);
        assertThat(values.get("photo").apply(person(id, false))).isNull();
        assertThat(values.get("photo").apply(person(id, true))).isEqualTo("api/v1/people/" + id + "/photo");
    }
}
