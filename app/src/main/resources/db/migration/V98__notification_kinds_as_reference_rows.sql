-- Notification kinds become rows of a reference table instead of a CHECK list. Each feature's migration
-- adds its own kinds with one INSERT, so features landing at the same time never re-create (and so
-- silently shrink) one shared constraint. NotificationKindsTest keeps the table and the enum equal.
CREATE TABLE notification_kind (
    kind text PRIMARY KEY CHECK (kind ~ '^[A-Z][A-Z0-9_]{2,62}$')
);
GRANT SELECT ON notification_kind TO ${app_role};

INSERT INTO notification_kind (kind) VALUES ('CHECK_IN_DUE'), ('ONE_ON_ONE_TOMORROW'), ('FEEDBACK_REQUESTED'),
    ('FEEDBACK_REQUEST_DUE'), ('FEEDBACK_UNMASK_REQUESTED'), ('FEEDBACK_AUTHOR_UNMASKED');

ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_known FOREIGN KEY (kind) REFERENCES notification_kind (kind);
