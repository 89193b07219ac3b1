package io.kadens.tenantarchive;

import java.util.Map;
import java.util.UUID;

/**
 * A tenant written by an import, committed as a whole.
 *
 * @param rows the rows written per table, in the order they were written
 */
public record ImportedTenant(UUID id, String slug, String name, String schemaVersion, Map<String, Long> rows) {
}
