-- The goal roll-up version (V194) is bumped at commit by goal_roll_up_bump(), with INSERT ... ON CONFLICT DO
-- UPDATE. The tenant porter (per-tenant import, V196) may add rows but never update any, so a tenant import that
-- writes goals was refused at commit. The bump now runs as the owner for its one statement: it only moves the
-- counter of the tenant whose row was written (it binds that tenant itself, so row-level security still applies),
-- and nobody may call it except as the trigger it is.
ALTER FUNCTION goal_roll_up_bump() SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp;
REVOKE ALL ON FUNCTION goal_roll_up_bump() FROM PUBLIC;
