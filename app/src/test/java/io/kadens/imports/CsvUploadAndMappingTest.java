package io.kadens.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading an upload and mapping its columns: no database and no company needed. */
class CsvUploadAndMappingTest {

    @Test
    void swedishHeadersAreMappedAndRequiredColumnsChecked() {
        ColumnMapping mapping = ColumnMapping.suggest(List.of("Förnamn", "Efternamn", "E-postadress", "Befattning",
                "Avdelning", "Närmaste chef", "Anställningsdatum", "Ort", "Mobil"));
        assertThat(mapping.columns()).containsEntry(ImportField.GIVEN_NAME, 0).containsEntry(ImportField.FAMILY_NAME, 1)
                .containsEntry(ImportField.EMAIL, 2).containsEntry(ImportField.JOB_TITLE, 3)
                .containsEntry(ImportField.DEPARTMENT, 4).containsEntry(ImportField.MANAGER_EMAIL, 5)
                .containsEntry(ImportField.START_DATE, 6).containsEntry(ImportField.LOCATION, 7)
                .containsEntry(ImportField.PHONE, 8);
        assertThat(ColumnMapping.suggest(List.of("Given", "Something")).missingRequired())
                .containsExactly("people-import.mapping.email-required", "people-import.mapping.name-required");
    }

    @Test
    void unreadableFilesAreRefusedWithAReason() {
        assertThatThrownBy(() -> CsvUpload.read(new byte[0])).hasMessage("people-import.file.empty");
        assertThatThrownBy(() -> CsvUpload.read(new byte[CsvUpload.MAX_BYTES + 1]))
                .hasMessage("people-import.file.too-large");
    }
}
