-- A tenant's own settings. Name, locale and time zone stay in the tenant registry (sign-in reads
-- them before any tenant is bound); everything else is tenant-owned and under row-level security.
-- A tenant without a row has the defaults: the settings service writes the row on the first save.

CREATE TABLE tenant_settings (
    tenant_id                      uuid     NOT NULL REFERENCES tenant (id),
    fiscal_year_start_month        smallint NOT NULL DEFAULT 1 CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
    default_cadence                text     NOT NULL DEFAULT 'BIWEEKLY'
                                            CHECK (default_cadence IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY')),
    rating_labels                  text[]   NOT NULL
                                            CHECK (array_length(rating_labels, 1) BETWEEN 3 AND 5
                                                   AND array_position(rating_labels, NULL) IS NULL),
    -- Anonymous feedback is shown only in groups of at least this many authors: never fewer than 3.
    anonymity_threshold            smallint NOT NULL DEFAULT 3 CHECK (anonymity_threshold BETWEEN 3 AND 50),
    department_goal_setters        text     NOT NULL DEFAULT 'LEADERSHIP'
                                            CHECK (department_goal_setters IN ('LEADERSHIP', 'LEADS')),
    team_goal_setters              text     NOT NULL DEFAULT 'LEADS'
                                            CHECK (team_goal_setters IN ('LEADERSHIP', 'LEADS')),
    individual_goals_need_approval boolean  NOT NULL DEFAULT false,
    ai_mode                        text     NOT NULL DEFAULT 'OFFLINE' CHECK (ai_mode IN ('OFF', 'OFFLINE', 'LLM')),
    version                        bigint   NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id)
);

ALTER TABLE tenant_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenant_settings
    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE ON tenant_settings TO ${app_role};
