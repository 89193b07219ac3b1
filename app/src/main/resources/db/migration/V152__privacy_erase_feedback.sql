-- Erasing a person's feedback (docs/decisions/2026-12-06-gdpr-erasure-per-table.md).
--
-- Feedback, praise and sealed authors are never edited or deleted by the application (V80 grants it
-- SELECT and INSERT only). Erasure is the one exception, so it is a function with the owner's rights
-- that does exactly this and nothing else, for an HR admin of the bound tenant (the erasure runs as
-- one), inside that tenant (row-level security applies to the owner too):
--   * feedback the person received is deleted with its replies and sealed authors, except items under
--     an abuse report or an unmask request, which abuse handling keeps;
--   * feedback requests about the person are deleted where no feedback remains that answers them;
--   * the sealed author links of anonymous feedback the person gave are deleted (nobody can unmask it
--     any more), again except items under a report or an unmask request;
--   * praise the person received is deleted with its reactions; the person's reactions go too.
-- Feedback and praise the person gave to others stay, authored by the pseudonymised person.
CREATE FUNCTION privacy_erase_feedback(p_person uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
DECLARE
    v_tenant uuid := NULLIF(current_setting('app.tenant_id', true), '')::uuid;
    v_actor  uuid := NULLIF(current_setting('app.person_id', true), '')::uuid;
BEGIN
    IF v_tenant IS NULL OR v_actor IS NULL OR NOT EXISTS (SELECT 1 FROM public.user_role r
            WHERE r.tenant_id = v_tenant AND r.employee_id = v_actor AND r.role = 'HR_ADMIN') THEN
        RAISE EXCEPTION 'erasing feedback is for HR admins' USING ERRCODE = '42501';
    END IF;
    IF v_actor = p_person THEN
        RAISE EXCEPTION 'nobody erases themselves' USING ERRCODE = '42501';
    END IF;

    DELETE FROM public.feedback f
    WHERE f.tenant_id = v_tenant AND f.receiver_id = p_person
      AND NOT EXISTS (SELECT 1 FROM public.feedback_report r WHERE r.tenant_id = f.tenant_id AND r.feedback_id = f.id)
      AND NOT EXISTS (SELECT 1 FROM public.feedback_unmask_request u
                      WHERE u.tenant_id = f.tenant_id AND u.feedback_id = f.id);

    DELETE FROM public.feedback_request q
    WHERE q.tenant_id = v_tenant AND q.subject_id = p_person
      AND NOT EXISTS (SELECT 1 FROM public.feedback f WHERE f.tenant_id = q.tenant_id AND f.request_id = q.id);

    DELETE FROM public.feedback_author a
    WHERE a.tenant_id = v_tenant AND a.author_id = p_person
      AND NOT EXISTS (SELECT 1 FROM public.feedback_report r WHERE r.tenant_id = a.tenant_id AND r.feedback_id = a.feedback_id)
      AND NOT EXISTS (SELECT 1 FROM public.feedback_unmask_request u
                      WHERE u.tenant_id = a.tenant_id AND u.feedback_id = a.feedback_id);

    DELETE FROM public.praise p WHERE p.tenant_id = v_tenant AND p.recipient_id = p_person;
    DELETE FROM public.praise_reaction x WHERE x.tenant_id = v_tenant AND x.employee_id = p_person;
END
$$;
REVOKE ALL ON FUNCTION privacy_erase_feedback(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION privacy_erase_feedback(uuid) TO ${app_role};
