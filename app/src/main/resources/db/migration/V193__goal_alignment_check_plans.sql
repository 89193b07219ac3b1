-- The goal alignment cycle check (V60) walks a goal's parents through the primary key. PL/pgSQL caches the plan of
-- that walk per session, and a plan made while the table looked empty scans the whole table: a statement that
-- inserts many aligned goals (an import, a copied set, generated data) then slowed down with every row, quadratically
-- (80,000 goals took more than half an hour). Planning each check for the table as it is keeps every check an index
-- lookup; the check itself is unchanged.
ALTER FUNCTION goal_prevent_alignment_cycle() SET plan_cache_mode = force_custom_plan;
