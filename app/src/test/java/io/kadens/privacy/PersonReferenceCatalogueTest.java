package io.kadens.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.demo.DemoSeeder;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads PostgreSQL's catalogue for every column that refers to a person, so that a table a later feature
 * adds cannot hold people's data that the GDPR export misses or an erasure leaves behind
 * (docs/decisions/2026-12-06-gdpr-erasure-per-table.md).
 *
 * <p>A column refers to a person when (1) it is in a foreign key to {@code employee(id)}, or to a column
 * that itself refers to a person (e.g. {@code review.subject_id} to {@code review_participant}), or (2) it
 * has no such key but its type can hold an id or label (uuid, uuid[], text) and its name says it is a person
 * ({@code *_person_id}, {@code author_id}, {@code *_by}, ...). Each must be exported by a registered
 * {@link PersonalDataExporter} or be listed below with the reason it is not, and must have an
 * {@link ErasureRule} from a registered {@link PersonalDataEraser} or be listed with the reason it is kept.
 */
@KadensSpringTest
class PersonReferenceCatalogueTest {

    private static final Pattern PERSON_NAME = Pattern.compile("^(.*_)?(person|employee|author|owner|recipient|receiver"
            + "|reviewer|reviewee|manager|lead|member|mentor|mentee|actor|assessor|requester|reporter|subject|champion"
            + "|respondent|assignee|approver|participant|coach|invitee|user)(_id|_ids|_path)?$|^.+_by$");

    /** Columns the name rule finds that never hold a person. */
    private static final Map<String, String> NOT_A_PERSON = Map.of(
            "dev_inbox_mail.subject", "the subject line of a mail in the demo deployments' development inbox",
            "scheduled_tasks.picked_by", "the host name of the node running a scheduled task",
            "slack_connection.bot_user_id", "Kadens' own bot user in the tenant's Slack workspace");

    /** Person references the GDPR export leaves out, and why. */
    private static final Map<String, String> NOT_EXPORTED = Map.ofEntries(
            Map.entry("private_note.author_id", "private notes are read by their author only; the export is made by an"
                    + " HR admin, and the person reads their notes in Kadens"),
            Map.entry("feedback_author.author_id", "the sealed author of anonymous feedback: the application cannot read"
                    + " it (only counts and the audited unmask procedure can)"),
            Map.entry("feedback_reply.author_id", "replies sit in feedback threads the exporting HR admin may not read;"
                    + " the export gives no read access beyond the product's (see FeedbackPersonalData)"),
            Map.entry("feedback_report.reporter_id", "abuse reports are read by HR in the feedback moderation, with the"
                    + " item; the report itself is audited"),
            Map.entry("feedback_request.subject_id", "requests about the person are read by those asked; what they"
                    + " answered is in feedback-received as far as the HR admin may read it"),
            Map.entry("feedback_unmask_request.requested_by", "HR admins' unmask steps: audited, so in audit-by.json"),
            Map.entry("feedback_unmask_request.decided_by", "HR admins' unmask steps: audited, so in audit-by.json"),
            Map.entry("goal_analytics_figure.person_id", "counts for analytics derived from the person's goals, which"
                    + " are exported in goals; nobody reads them per person"),
            Map.entry("survey_answer.person_id", "survey answers are anonymous: nobody, the exporting HR admin included,"
                    + " reads them per person"),
            Map.entry("person_erasure.employee_id", "exists only once the person is erased, when nothing is exported"),
            Map.entry("content_indexing_job.requested_by", "an operational record of an indexing run; the upload itself"
                    + " is in content-uploads"),
            Map.entry("scim_token.created_by", "an admin action on the tenant's directory credentials, audited"),
            Map.entry("review_template_version.created_by", "who published a version of a company review template:"
                    + " company content, not data about the person"),
            Map.entry("dev_inbox_mail.recipient", "demo deployments only: the development inbox shows what was mailed"),
            Map.entry("invitation.invited_by", "a label of the inviting admin, shown to admins on the invitations page"),
            Map.entry("api_token.revoked_by", "a label of who revoked a token; the person's own tokens are exported"),
            // calibration
            Map.entry("calibration_preview.employee_id", "calibrators' proposed ratings about the person are not"
                    + " theirs to read; the shared outcome is in review-outcomes"),
            Map.entry("calibration_move.employee_id", "the facilitator's moves of the person carry ratings before"
                    + " sharing; the shared outcome is in review-outcomes"));

    /** Person references no eraser acts on, and why they are kept. */
    private static final Map<String, String> KEPT_WITHOUT_ERASER = Map.ofEntries(
            Map.entry("audit_entry.actor_id", "the audit log is append-only and kept for accountability; its entries"
                    + " then name the pseudonymised person"),
            Map.entry("audit_entry.subject_id", "the audit log is append-only and kept for accountability"),
            Map.entry("person_erasure.employee_id", "the record of the erasure itself: the pseudonym's number"),
            Map.entry("content_document.uploaded_by", "company documents stay, uploaded by the pseudonymised person"),
            Map.entry("content_indexing_job.requested_by", "operational history of company documents"),
            Map.entry("training_assignment.employee_id", "completion figures of the training library stay"),
            Map.entry("training_assignment.assigned_by", "others' assignments stay, assigned by the pseudonymised person"),
            Map.entry("training_progress.employee_id", "completion figures of the training library stay"),
            Map.entry("scim_token.created_by", "the directory's credentials keep working after their creator is erased"),
            Map.entry("review_template_version.created_by", "company review templates stay whole"),
            Map.entry("dev_inbox_mail.recipient", "demo deployments only; never a real person's address"),
            Map.entry("invitation.invited_by", "a label written at the time; an erasure replaces the erased admin's"
                    + " email in it with the pseudonym (PersonalDataEraser#eraseLabels, tested in PrivacyServiceTest)"),
            Map.entry("api_token.revoked_by", "a label written at the time; an erasure replaces the erased admin's"
                    + " email in it with the pseudonym (PersonalDataEraser#eraseLabels, tested in PrivacyServiceTest)"));

    @Autowired
    List<PersonalDataExporter> exporters;
    @Autowired
    List<PersonalDataEraser> erasers;
    @Autowired
    DemoSeeder seeder;
    @Autowired
    PrivacyService privacy;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;

    private static List<List<String>> rows(String sql) throws Exception {
        List<List<String>> result = new ArrayList<>();
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rows.getString(i));
                }
                result.add(row);
            }
        }
        return result;
    }

    /** Every column of the public schema that refers to a person, as {@code table.column}, with its type. */
    static Map<String, String> personReferences() throws Exception {
        Map<String, String> types = new HashMap<>();
        for (List<String> row : rows("select c.relname || '.' || a.attname, format_type(a.atttypid, a.atttypmod)"
                + " from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped")) {
            types.put(row.get(0), row.get(1));
        }
        // foreign key column pairs: referencing -> referenced
        List<List<String>> keys = rows("select c.relname || '.' || a.attname, r.relname || '.' || ra.attname"
                + " from pg_constraint con join pg_class c on c.oid = con.conrelid join pg_class r on r.oid = con.confrelid"
                + " join pg_namespace n on n.oid = c.relnamespace"
                + " join unnest(con.conkey, con.confkey) as k(col, refcol) on true"
                + " join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.col"
                + " join pg_attribute ra on ra.attrelid = con.confrelid and ra.attnum = k.refcol"
                + " where con.contype = 'f' and n.nspname = 'public' and a.attname <> 'tenant_id'");
        Set<String> people = new TreeSet<>(Set.of("employee.id"));
        for (boolean grew = true; grew; ) {
            grew = false;
            for (List<String> key : keys) {
                if (people.contains(key.get(1)) && people.add(key.get(0))) {
                    grew = true;
                }
            }
        }
        people.remove("employee.id");
        for (var column : types.entrySet()) {
            String name = column.getKey().substring(column.getKey().indexOf('.') + 1);
            if (!name.equals("tenant_id") && Set.of("uuid", "uuid[]", "text").contains(column.getValue())
                    && PERSON_NAME.matcher(name).matches()) {
                people.add(column.getKey());
            }
        }
        Map<String, String> references = new LinkedHashMap<>();
        people.stream().filter(column -> !NOT_A_PERSON.containsKey(column))
                .forEach(column -> references.put(column, types.get(column)));
        return references;
    }

    private Map<String, ErasureRule> rules() {
        Map<String, ErasureRule> rules = new HashMap<>();
        erasers.forEach(eraser -> eraser.erasureRules().forEach((column, rule) -> {
            assertThat(rules.put(column, rule)).as("two erasers decide about " + column).isNull();
        }));
        return rules;
    }

    private Set<String> exported() {
        Set<String> exported = new TreeSet<>();
        exporters.forEach(exporter -> exported.addAll(exporter.exportedReferences()));
        return exported;
    }

    @Test
    void theCatalogueFindsPersonReferencesByForeignKeyTransitivelyAndByName() throws Exception {
        Set<String> references = personReferences().keySet();
        assertThat(references).contains("goal.owner_id", "feedback.author_id", "notification.recipient_id",
                "review.subject_id", "survey_answer.person_id", "audit_entry.actor_id", "pilot_group_member.member_id",
                "employee.manager_path", "slack_person.slack_user_id");
        assertThat(references).doesNotContain("employee.id", "goal.id", "goal.tenant_id", "scheduled_tasks.picked_by");
    }

    @Test
    void everyPersonReferenceIsExportedAndHasAnErasureRuleOrIsListedWithItsReason() throws Exception {
        Set<String> references = personReferences().keySet();
        Set<String> exported = exported();
        Map<String, ErasureRule> rules = rules();

        List<String> notExported = references.stream()
                .filter(column -> !exported.contains(column) && !NOT_EXPORTED.containsKey(column)).toList();
        List<String> notDecided = references.stream()
                .filter(column -> !rules.containsKey(column) && !KEPT_WITHOUT_ERASER.containsKey(column)).toList();
        assertThat(notExported).as("person references no exporter covers (add them to the feature's"
                + " PersonalDataExporter#exportedReferences, or list them in NOT_EXPORTED with the reason)").isEmpty();
        assertThat(notDecided).as("person references with no erasure rule (add them to the feature's"
                + " PersonalDataEraser#erasureRules, or list them in KEPT_WITHOUT_ERASER with the reason)").isEmpty();

        // and nothing is declared or listed that is not a person reference of the schema (stale or misspelt)
        Set<String> declared = new TreeSet<>(exported);
        declared.addAll(rules.keySet());
        declared.addAll(NOT_EXPORTED.keySet());
        declared.addAll(KEPT_WITHOUT_ERASER.keySet());
        assertThat(declared).as("declared person references that the catalogue does not know").isSubsetOf(references);
        assertThat(exported).as("a column both exported and listed as not exported")
                .doesNotContainAnyElementsOf(NOT_EXPORTED.keySet());
        assertThat(rules.keySet()).as("a column both decided and listed as kept without an eraser")
                .doesNotContainAnyElementsOf(KEPT_WITHOUT_ERASER.keySet());
    }

    /**
     * Erases Erik (Acme's sales manager: reports, 1:1s, goals, feedback, reviews, assessments) inside a
     * transaction that is rolled back, so the shared demo stays as other tests expect it.
     */
    @Test
    void erasingADemoPersonLeavesNoDeletedOrClearedReferenceAndOthersDataIntact() throws Exception {
        seeder.seed();
        UUID tenant = UUID.fromString(rows("select id from tenant where slug = 'acme'").getFirst().getFirst());
        String bind = "select set_config('app.tenant_id', '" + tenant + "', false);";
        UUID erik = UUID.fromString(ownerRows(bind, "select id from employee where given_name = 'Erik'"
                + " and family_name = 'Johansson'").getFirst().getFirst());
        UUID hrAdmin = UUID.fromString(ownerRows(bind, "select employee_id from user_role where role = 'HR_ADMIN'"
                + " order by employee_id limit 1").getFirst().getFirst());
        Map<String, String> references = personReferences();
        Map<String, ErasureRule> rules = rules();

        // what refers to Erik before, and what others hold
        Map<String, Integer> before = new LinkedHashMap<>();
        for (var reference : references.entrySet()) {
            before.put(reference.getKey(), count(bind, reference.getKey(), reference.getValue(), erik));
        }
        assertThat(before.get("employee.manager_id")).as("Erik has reports").isPositive();
        assertThat(before.get("one_on_one_pair.lead_id")).as("Erik leads 1:1s").isPositive();
        assertThat(before.get("goal.owner_id")).as("Erik owns goals").isPositive();
        int othersGoals = ownerCount(bind, "select count(*) from goal where owner_id <> '" + erik + "'");
        int feedbackGivenByErik = ownerCount(bind, "select count(*) from feedback where author_id = '" + erik + "'");
        int othersFeedback = ownerCount(bind, "select count(*) from feedback where receiver_id <> '" + erik + "'");
        int othersCheckIns = ownerCount(bind, "select count(*) from check_in where employee_id <> '" + erik + "'");

        KadensUser admin = new KadensUser(TenantId.of(tenant.toString()), hrAdmin, "hr@acme", "HR", "acme", "Acme",
                EnumSet.of(Role.EMPLOYEE, Role.HR_ADMIN, Role.MANAGER), "en");
        Map<String, Integer> after = new LinkedHashMap<>();
        Map<String, Integer> othersAfter = new HashMap<>();
        TenantScope.run(TenantId.of(tenant.toString()), () -> TestTenants.signedIn(TestTenants.token(admin),
                () -> new TransactionTemplate(transactionManager).execute(status -> {
                    privacy.erase(erik);
                    for (var reference : references.entrySet()) {
                        after.put(reference.getKey(), countInTransaction(reference.getKey(), reference.getValue(), erik));
                    }
                    othersAfter.put("goals", db.fetchOne("select count(*) from goal where owner_id <> {0}", erik).get(0, Integer.class));
                    othersAfter.put("given", db.fetchOne("select count(*) from feedback where author_id = {0}", erik).get(0, Integer.class));
                    othersAfter.put("feedback", db.fetchOne("select count(*) from feedback where receiver_id <> {0}", erik).get(0, Integer.class));
                    othersAfter.put("checkIns", db.fetchOne("select count(*) from check_in where employee_id <> {0}", erik).get(0, Integer.class));
                    othersAfter.put("name", db.fetchOne("select count(*) from employee where id = {0} and given_name = 'Erik'", erik).get(0, Integer.class));
                    status.setRollbackOnly();
                    return null;
                })));

        for (var rule : rules.entrySet()) {
            if (rule.getValue() != ErasureRule.KEPT && !references.get(rule.getKey()).equals("text")) {
                assertThat(after.get(rule.getKey())).as(rule.getKey() + " is " + rule.getValue()).isZero();
            }
        }
        assertThat(before.entrySet().stream().filter(e -> e.getValue() > 0 && rules.get(e.getKey()) != null
                && rules.get(e.getKey()) != ErasureRule.KEPT).count()).as("the erasure had something to delete").isPositive();
        assertThat(after.get("goal.owner_id")).as("Erik's goals stay for the goal tree")
                .isEqualTo(before.get("goal.owner_id"));
        assertThat(othersAfter).containsEntry("goals", othersGoals).containsEntry("feedback", othersFeedback)
                .containsEntry("given", feedbackGivenByErik).containsEntry("checkIns", othersCheckIns)
                .containsEntry("name", 0);
        // rolled back: the demo still has Erik
        assertThat(ownerCount(bind, "select count(*) from employee where id = '" + erik + "' and given_name = 'Erik'"))
                .isEqualTo(1);
    }

    private static String condition(String column, String type, UUID person) {
        String name = column.substring(column.indexOf('.') + 1);
        return type.equals("uuid[]") ? "'" + person + "' = any(" + name + ")" : name + "::text = '" + person + "'";
    }

    private int count(String bind, String column, String type, UUID person) throws Exception {
        // bound as the person too, so that person-bound tables (private notes) show their rows
        return ownerCount(bind + "select set_config('app.person_id', '" + person + "', false);",
                "select count(*) from " + column.substring(0, column.indexOf('.')) + " where " + condition(column, type, person));
    }

    private int countInTransaction(String column, String type, UUID person) {
        String acting = db.fetchOne("select current_setting('app.person_id', true)").get(0, String.class);
        db.execute("select set_config('app.person_id', {0}, true)", person.toString());
        try {
            return db.fetchOne("select count(*) from " + column.substring(0, column.indexOf('.')) + " where "
                    + condition(column, type, person)).get(0, Integer.class);
        } finally {
            db.execute("select set_config('app.person_id', {0}, true)", acting == null ? "" : acting);
        }
    }

    private static List<List<String>> ownerRows(String bind, String sql) throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement()) {
            statement.execute(bind);
            List<List<String>> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    result.add(List.of(rows.getString(1)));
                }
            }
            return result;
        }
    }

    private static int ownerCount(String bind, String sql) throws Exception {
        return Integer.parseInt(ownerRows(bind, sql).getFirst().getFirst());
    }
}
