-- An indexing job whose node went away (killed, restarted, crashed) is resumed by another node, or by the
-- same one after its restart: the job still holds the uploaded bytes. The count of resumptions bounds a
-- document that kills every node that reads it: after a few, the job fails visibly instead of looping.
ALTER TABLE content_indexing_job ADD COLUMN resumes integer NOT NULL DEFAULT 0 CHECK (resumes >= 0);

-- The recovery round looks for waiting or running jobs with an old heartbeat in every tenant.
CREATE INDEX content_indexing_job_active_idx ON content_indexing_job (tenant_id, heartbeat_at)
    WHERE status IN ('QUEUED', 'RUNNING');
