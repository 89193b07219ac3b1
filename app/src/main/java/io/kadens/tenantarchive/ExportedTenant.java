package io.kadens.tenantarchive;

import java.util.Map;
import java.util.UUID;

/**
 * What an export wrote into its archive.
 *
 * @param rows the rows per table, in foreign-key order
 */
public record ExportedTenant(UUID id, String slug, String schemaVersion, Map<String, Long> rows) {
}
