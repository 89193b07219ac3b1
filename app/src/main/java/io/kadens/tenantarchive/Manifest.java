package io.kadens.tenantarchive;

import java.util.List;
import java.util.UUID;

/**
 * {@code manifest.json}, the last entry of an archive: what it holds and how to check it.
 *
 * @param format the archive layout's version (this class writes 1)
 * @param schemaVersion the highest Flyway migration applied where it was made, for people to read
 * @param schemaFingerprint SHA-256 of every applied migration's version and checksum: an import needs the same
 * @param tenant the tenant's registry row ({@code tenant.json})
 * @param tables one entry per table file, in the order an import writes them
 */
record Manifest(int format, String exportedAt, String schemaVersion, String schemaFingerprint, TenantEntry tenant,
                List<TableEntry> tables) {

    static final int FORMAT = 1;
    static final String NAME = "manifest.json";
    static final String TENANT_FILE = "tenant.json";

    record TenantEntry(UUID id, String slug, String name, String file, String sha256) {
    }

    /** One table's file: JSON lines, one row a line, as PostgreSQL's {@code row_to_json} writes it. */
    record TableEntry(String table, String file, List<String> columns, long rows, String sha256) {
    }
}
