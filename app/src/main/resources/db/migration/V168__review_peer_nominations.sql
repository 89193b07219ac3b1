-- 360 peer nominations (issue 15, part 3): the employee nominates peers within the cycle's peer cap, the manager
-- approves, rejects or adds peers, and a nominee may decline with a reason. An approved nomination is a PEER review
-- in `review` (author = nominee). See docs/decisions/2026-12-06-review-360-and-sharing.md.

CREATE TABLE review_nomination (
    tenant_id       uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                REFERENCES tenant (id),
    id              uuid        NOT NULL,
    cycle_id        uuid        NOT NULL,
    subject_id      uuid        NOT NULL,
    nominee_id      uuid        NOT NULL,
    -- The employee who nominated, or the manager who added the peer directly.
    nominated_by    uuid        NOT NULL,
    status          text        NOT NULL DEFAULT 'PENDING'
                                CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'DECLINED')),
    decided_by      uuid,
    decided_at      timestamptz,
    decline_reason  text        CHECK (length(decline_reason) <= 1000),
    created_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, cycle_id, subject_id, nominee_id),
    FOREIGN KEY (tenant_id, cycle_id, subject_id) REFERENCES review_participant (tenant_id, cycle_id, employee_id),
    FOREIGN KEY (tenant_id, nominee_id) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, nominated_by) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, decided_by) REFERENCES employee (tenant_id, id),
    CHECK (subject_id <> nominee_id),
    CHECK ((status = 'PENDING') = (decided_at IS NULL)),
    CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL AND length(trim(decline_reason)) > 0))
);
CREATE INDEX review_nomination_nominee_idx ON review_nomination (tenant_id, nominee_id);

ALTER TABLE review_nomination ENABLE ROW LEVEL SECURITY;
ALTER TABLE review_nomination FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON review_nomination
    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE ON review_nomination TO ${app_role};

-- To a nominee: a manager approved them as a peer reviewer. To a manager: a report's nominations wait for approval.
INSERT INTO notification_kind (kind) VALUES ('REVIEW_PEER_NOMINATED');
INSERT INTO notification_kind (kind) VALUES ('REVIEW_NOMINATIONS_WAITING');
