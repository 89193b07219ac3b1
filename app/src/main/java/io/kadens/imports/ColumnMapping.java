package io.kadens.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which column (0-based) fills which field; a field without a column is left as it is. */
public record ColumnMapping(Map<ImportField, Integer> columns) {

    public ColumnMapping {
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
    }

    /** A mapping guessed from header names, English or Swedish; each column used at most once. */
    public static ColumnMapping suggest(List<String> headers) {
        Map<ImportField, Integer> suggested = new EnumMap<>(ImportField.class);
        boolean[] taken = new boolean[headers.size()];
        for (ImportField field : ImportField.values()) {
            for (int column = 0; column < headers.size(); column++) {
                if (!taken[column] && field.matchesHeader(ImportField.normalise(headers.get(column)))) {
                    suggested.put(field, column);
                    taken[column] = true;
                    break;
                }
            }
        }
        return new ColumnMapping(suggested);
    }

    public Optional<Integer> column(ImportField field) {
        return Optional.ofNullable(columns.get(field));
    }

    public ColumnMapping with(ImportField field, Integer column) {
        Map<ImportField, Integer> changed = new EnumMap<>(ImportField.class);
        changed.putAll(columns);
        if (column == null) {
            changed.remove(field);
        } else {
            changed.put(field, column);
        }
        return new ColumnMapping(changed);
    }

    /** Email and a name (a full name, or first and last name) must be mapped. */
    public List<String> missingRequired() {
        List<String> missing = new java.util.ArrayList<>();
        if (!columns.containsKey(ImportField.EMAIL)) {
            missing.add("people-import.mapping.email-required");
        }
        if (!columns.containsKey(ImportField.FULL_NAME)
                && !(columns.containsKey(ImportField.GIVEN_NAME) && columns.containsKey(ImportField.FAMILY_NAME))) {
            missing.add("people-import.mapping.name-required");
        }
        return missing;
    }
}
