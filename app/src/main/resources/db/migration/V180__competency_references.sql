-- Feedback and training items refer to competencies by id
-- (docs/decisions/2026-12-06-competency-references.md).
--
-- The free-text columns stay: feedback.competency and training_item.competencies keep the label that is
-- shown and searched (the competency's name for a linked value, kept in step when the competency is
-- renamed), and what matched no competency stays there as free text, unlinked: the leftovers that HR
-- maps on admin/competencies. Existing values are linked by a case-blind name match (competencies have
-- one name; there are no translations to match).

-- ---------------------------------------------------------------- feedback
ALTER TABLE feedback ADD COLUMN competency_id uuid;
-- No cascade: a competency that feedback refers to has history, so it is archived, never deleted.
ALTER TABLE feedback ADD CONSTRAINT feedback_competency_fk
    FOREIGN KEY (tenant_id, competency_id) REFERENCES competency (tenant_id, id);
ALTER TABLE feedback ADD CONSTRAINT feedback_competency_labelled
    CHECK (competency_id IS NULL OR competency IS NOT NULL);
CREATE INDEX feedback_competency_idx ON feedback (tenant_id, competency_id) WHERE competency_id IS NOT NULL;

-- Feedback stays uneditable; only its competency reference and label change (mapping a leftover, a rename).
GRANT UPDATE (competency_id, competency) ON feedback TO ${app_role};

-- ---------------------------------------------------------------- training items
-- The competencies an item develops, with the label its competencies array holds for each.
CREATE TABLE training_item_competency (
    tenant_id      uuid NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid,
    item_id        uuid NOT NULL,
    competency_id  uuid NOT NULL,
    label          text NOT NULL CHECK (length(trim(label)) > 0),
    PRIMARY KEY (tenant_id, item_id, competency_id),
    FOREIGN KEY (tenant_id, item_id) REFERENCES training_item (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, competency_id) REFERENCES competency (tenant_id, id)
);
CREATE INDEX training_item_competency_competency_idx ON training_item_competency (tenant_id, competency_id);

ALTER TABLE training_item_competency ENABLE ROW LEVEL SECURITY;
ALTER TABLE training_item_competency FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON training_item_competency
    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON training_item_competency TO ${app_role};

-- ---------------------------------------------------------------- existing values, by name
-- Row-level security applies to the owner too, so each tenant is bound in turn.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT id FROM tenant LOOP
        PERFORM set_config('app.tenant_id', t.id::text, true);
        UPDATE feedback f SET competency_id = c.id, competency = c.name
        FROM competency c
        WHERE f.tenant_id = t.id AND c.tenant_id = t.id
          AND f.competency_id IS NULL AND f.competency IS NOT NULL
          AND lower(trim(f.competency)) = lower(c.name);

        INSERT INTO training_item_competency (tenant_id, item_id, competency_id, label)
        SELECT DISTINCT ON (i.id, c.id) t.id, i.id, c.id, w.word
        FROM training_item i
        CROSS JOIN LATERAL unnest(i.competencies) AS w(word)
        JOIN competency c ON c.tenant_id = t.id AND lower(c.name) = lower(trim(w.word))
        WHERE i.tenant_id = t.id
        ORDER BY i.id, c.id, w.word
        ON CONFLICT DO NOTHING;
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END
$$;
