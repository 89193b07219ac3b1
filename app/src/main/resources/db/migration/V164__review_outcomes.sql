-- The shared contract of the review features (issue 15): the rating a review gives overall, and the outcome of a
-- cycle for each participant. Writing reviews sets review.overall_rating; calibration records the calibrated
-- rating and potential; sharing and sign-off record when the outcome was shared and acknowledged; pay reads the
-- final rating. See docs/decisions/2026-12-06-review-outcomes.md.

-- The answer to the form's first RATING question (template order), kept beside the answers so that calibration,
-- sharing and pay read one number instead of parsing every form's answers. Null while a review has no rating.
ALTER TABLE review ADD COLUMN overall_rating smallint CHECK (overall_rating BETWEEN 1 AND 5);

CREATE TABLE review_outcome (
    tenant_id         uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                  REFERENCES tenant (id),
    cycle_id          uuid        NOT NULL,
    employee_id       uuid        NOT NULL,
    -- Set by calibration; the final rating is this one when set, else the submitted manager review's.
    calibrated_rating smallint    CHECK (calibrated_rating BETWEEN 1 AND 5),
    -- Potential for the 9-box: 1 low, 2 medium, 3 high.
    potential         smallint    CHECK (potential BETWEEN 1 AND 3),
    calibrated_by     uuid,
    calibrated_at     timestamptz,
    shared_by         uuid,
    shared_at         timestamptz,
    acknowledged_at   timestamptz,
    employee_comment  text        CHECK (length(employee_comment) <= 4000),
    version           bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, cycle_id, employee_id),
    FOREIGN KEY (tenant_id, cycle_id, employee_id) REFERENCES review_participant (tenant_id, cycle_id, employee_id),
    FOREIGN KEY (tenant_id, calibrated_by) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, shared_by) REFERENCES employee (tenant_id, id),
    CHECK ((calibrated_at IS NULL) = (calibrated_by IS NULL)),
    CHECK ((shared_at IS NULL) = (shared_by IS NULL)),
    CHECK (acknowledged_at IS NULL OR shared_at IS NOT NULL)
);

ALTER TABLE review_outcome ENABLE ROW LEVEL SECURITY;
ALTER TABLE review_outcome FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON review_outcome
    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE ON review_outcome TO ${app_role};
