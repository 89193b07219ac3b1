-- Scheduled work runs once per cluster, not once per instance
-- (docs/decisions/2026-12-05-scheduled-work-once-per-cluster.md).
--
-- db-scheduler keeps one row per recurring task here. An instance runs a task only after it has
-- claimed the row's next execution with an optimistic UPDATE (picked, picked_by, version); the other
-- instances see it picked and skip it. A node that dies while holding a claim stops its heartbeat,
-- and another node takes the execution over once the heartbeat is stale. The columns are the ones
-- db-scheduler 16 reads and writes on PostgreSQL; the application role cannot create tables, so the
-- table is created here.
--
-- Not tenant-owned: a task works across tenants (it binds each tenant itself), so the table has no
-- tenant_id and no row-level security. Rows hold task names and times only.
CREATE TABLE scheduled_tasks (
    task_name            text        NOT NULL,
    task_instance        text        NOT NULL,
    task_data            bytea,
    execution_time       timestamptz NOT NULL,
    picked               boolean     NOT NULL,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures integer,
    last_heartbeat       timestamptz,
    version              bigint      NOT NULL,
    priority             smallint,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

GRANT SELECT, INSERT, UPDATE, DELETE ON scheduled_tasks TO ${app_role};
