package io.kadens.privacy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a feature holds about one person, for the GDPR data export. Every feature that stores
 * personal data registers one bean of this type; the export finds them all.
 *
 * <p>Called inside a transaction of the person's tenant, after an HR admin's access was checked.
 */
public interface PersonalDataExporter {

    /**
     * Named parts of the export: each key becomes {@code <key>.json} in the ZIP (lower case, letters,
     * digits and dashes; unique across features, so prefix it with the feature), each value is
     * serialised as JSON (records, maps and lists are fine). An empty map adds nothing.
     */
    Map<String, Object> export(UUID personId);

    /**
     * The columns, as {@code table.column}, by which this exporter finds the person's rows: the privacy
     * catalogue test requires every column that refers to a person to be exported by some exporter.
     */
    default Set<String> exportedReferences() {
        return Set.of();
    }
}
