-- Whether HR admins outside a person's manager chain may read that person's feedback summary (for
-- calibration). Off unless the tenant turns it on: a summary condenses feedback people gave to the
-- person and their managers.
ALTER TABLE tenant_settings
    ADD COLUMN hr_reads_feedback_summaries boolean NOT NULL DEFAULT false;
