-- Analytics (issue 16) counts a year of goal check-ins and feedback for up to 10,000 people per page. These
-- indexes let PostgreSQL read just the period's rows, and only the columns the counts need (index-only scans),
-- instead of every row of the tenant's history.
CREATE INDEX goal_check_in_time_idx ON goal_check_in (tenant_id, created_at) INCLUDE (author_id);
CREATE INDEX feedback_given_on_idx ON feedback (tenant_id, given_on) INCLUDE (receiver_id, source);
