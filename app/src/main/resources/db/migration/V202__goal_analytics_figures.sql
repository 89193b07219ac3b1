-- Goal figures for analytics kept per person and goal period (issue 16, docs/decisions/2026-12-06-analytics-speed.md).
--
-- The goals page counted every goal of the period with its key results and milestones on each view (40,000 goals
-- a year at 10,000 people). A scheduled job (once per cluster) keeps, per owner and (first month, last month) of
-- the goal's period, the additive figures of that owner's individual goals: count, progress sum, health counts and
-- aligned count, computed for one day (health depends on the day). A page groups these rows by its cohort.
--
-- Kept figures are used only while they are exact: every row carries the goal roll-up version (V194) it was
-- computed from and the day it was computed for; when a goal, key result, milestone or cycle of the tenant has
-- changed since (the version moved) or the day has passed, the page counts live and the next run recomputes.
CREATE TABLE goal_analytics_figure (
    tenant_id      uuid             NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                    REFERENCES tenant (id),
    person_id      uuid             NOT NULL,
    first_month    date             NOT NULL,
    last_month     date             NOT NULL,
    goals          integer          NOT NULL,
    progress_sum   double precision NOT NULL,
    on_track       integer          NOT NULL,
    at_risk        integer          NOT NULL,
    off_track      integer          NOT NULL,
    aligned        integer          NOT NULL,
    roll_up_version bigint          NOT NULL,
    computed_for   date             NOT NULL,
    computed_at    timestamptz      NOT NULL DEFAULT now(),
    -- No foreign key to the person: these rows are derived and must never hold up erasing someone.
    PRIMARY KEY (tenant_id, person_id, first_month, last_month)
);
-- The page reads the rows of periods that end in or after its first month.
CREATE INDEX goal_analytics_figure_period_idx ON goal_analytics_figure (tenant_id, last_month)
    INCLUDE (person_id, first_month, goals, progress_sum, on_track, at_risk, off_track, aligned);
ALTER TABLE goal_analytics_figure ENABLE ROW LEVEL SECURITY;
ALTER TABLE goal_analytics_figure FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON goal_analytics_figure
    USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
    WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
GRANT SELECT, INSERT, DELETE ON goal_analytics_figure TO ${app_role};
