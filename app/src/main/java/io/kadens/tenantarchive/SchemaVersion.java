package io.kadens.tenantarchive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * The database's schema as Flyway applied it: the highest version, and a fingerprint of every applied migration
 * (version and checksum). Two deployments of the same Kadens have the same fingerprint, whatever order their
 * migrations ran in; an archive is imported only where the fingerprint is the same, so every column means the same.
 */
record SchemaVersion(String latest, String fingerprint) {

    static SchemaVersion of(Connection connection) throws SQLException {
        MessageDigest digest = sha256();
        String latest = "none";
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select version, coalesce(checksum::text, '-') from flyway_schema_history
                     where success and version is not null
                     order by string_to_array(version, '.')::bigint[]""")) {
            while (rows.next()) {
                latest = rows.getString(1);
                digest.update((latest + "=" + rows.getString(2) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return new SchemaVersion(latest, HexFormat.of().formatHex(digest.digest()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
