-- Stale-goal reminders go through the outbox (io.kadens.notifications.Reminders).
INSERT INTO notification_kind (kind) VALUES ('GOAL_STALE');
