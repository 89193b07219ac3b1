package io.kadens.tenantarchive;

import static io.kadens.db.Tables.TENANT;

import io.kadens.db.tables.Tenant;
import java.sql.Connection;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The tenant's registry row (the {@code tenant} table of {@code organisation}), which the archive carries whole as
 * {@code tenant.json}: the one table this module names (ModularityTests' exception), read and written on the
 * porter's connection and transaction.
 */
final class TenantRegistry {

    /** The row as PostgreSQL's {@code row_to_json} writes it, with the two columns the archive's manifest names. */
    record Row(String json, String slug, String name) {
    }

    /** A tenant that holds an id or slug already. */
    record Taken(UUID id, String slug) {
    }

    private TenantRegistry() {
    }

    static Optional<Row> read(Connection connection, UUID tenant) {
        Tenant t = TENANT.as("t");
        Record row = sql(connection).select(DSL.field("row_to_json({0})::text", String.class, DSL.name("t")),
                        t.SLUG, t.NAME)
                .from(t).where(t.ID.eq(tenant)).fetchOne();
        return Optional.ofNullable(row).map(r -> new Row(r.get(0, String.class), r.get(t.SLUG), r.get(t.NAME)));
    }

    /** The tenant with this slug, or with this id written out. */
    static Optional<UUID> idOf(Connection connection, String slugOrId) {
        return sql(connection).select(TENANT.ID).from(TENANT)
                .where(TENANT.SLUG.eq(slugOrId).or(TENANT.ID.cast(String.class).eq(slugOrId)))
                .fetchOptional(TENANT.ID);
    }

    static Optional<Taken> holding(Connection connection, UUID id, String slug) {
        return sql(connection).select(TENANT.ID, TENANT.SLUG).from(TENANT)
                .where(TENANT.ID.eq(id).or(TENANT.SLUG.eq(slug))).limit(1)
                .fetchOptional(row -> new Taken(row.get(TENANT.ID), row.get(TENANT.SLUG)));
    }

    /** Inserts the row of {@code tenant.json} as it is: every column, read with its own type. */
    static void insert(Connection connection, String json) {
        sql(connection).execute("insert into {0} select * from json_populate_record(null::{0}, {1}::json)",
                TENANT, DSL.val(json));
    }

    private static DSLContext sql(Connection connection) {
        return DSL.using(connection, SQLDialect.POSTGRES);
    }
}
