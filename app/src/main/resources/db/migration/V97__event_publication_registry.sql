-- Spring Modulith's event publication registry (docs/decisions/2026-12-05-events-and-publication-registry.md).
--
-- Each application event with an after-commit listener is written here in the publishing transaction,
-- one row per listener, and marked completed when that listener returns. A listener that failed, or a
-- crash between commit and listener, leaves the row incomplete, and it is resubmitted later. The
-- columns are those the registry's JDBC repository (schema version 2 of Spring Modulith 2.0) reads
-- and writes; the application role cannot create tables, so the registry's own schema initialisation
-- stays off and the table is created here.
--
-- Not tenant-owned: the registry works across tenants (a resubmission picks up every tenant's incomplete
-- publications), so the table has no tenant_id and no row-level security. Events therefore carry ids
-- (the tenant's among them), never personal content; each listener binds the event's tenant itself.
CREATE TABLE event_publication (
    id                     uuid        NOT NULL,
    listener_id            text        NOT NULL,
    event_type             text        NOT NULL,
    serialized_event       text        NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz,
    PRIMARY KEY (id)
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

GRANT SELECT, INSERT, UPDATE, DELETE ON event_publication TO ${app_role};
