package io.kadens.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Fills a migrated Kadens database with generated companies: an org tree, two years of goals (with key
 * results and check-ins), 1:1 series with meetings and check-ins, feedback, praise, a training catalogue with
 * progress, and indexed goal text. Every row is made by the database itself ({@code INSERT ... SELECT} over
 * {@code generate_series}), one transaction per tenant, so nothing travels row by row over the wire; the
 * application's own triggers (reporting cycles, the stored reporting path) run on every row as in production.
 *
 * <p>Ids are {@code md5(tenant:kind:n)} so each statement can name rows the previous one made. The org tree is
 * a heap of fan-out {@link #FAN_OUT}: person 1 is the CEO, persons 2..7 head the divisions (one department
 * each), and person k manages persons 6(k-1)+2 .. 6k+1; every manager leads a team of their reports.
 * Embeddings cluster by the goal's title as a model's would ({@link #vectors()}; right size and shape, not
 * right meaning): recall figures need the project's evaluation sets, not this data.
 */
public final class ScaleData {

    static final int FAN_OUT = 6;
    /** The first day of the two generated years: eight quarters from here. */
    static final LocalDate START = LocalDate.of(2025, 1, 1);

    /** How much of everything each person gets. */
    public record Shape(int quarters, int meetingsPerPair, int feedbackPerPerson, int praisePerPerson,
                        int trainingItems, int progressPerPerson) {
        public static final Shape TWO_YEARS = new Shape(8, 12, 6, 4, 20, 3);
    }

    private final Connection owner;
    private final Shape shape;
    private final String passwordHash;

    /**
     * @param owner        a connection as the schema owner (row-level security applies: each tenant is bound)
     * @param passwordHash stored for every account (the benchmarks sign in with the matching password)
     */
    public ScaleData(Connection owner, Shape shape, String passwordHash) {
        this.owner = owner;
        this.shape = shape;
        this.passwordHash = passwordHash;
    }

    /** Makes one tenant of {@code people} people; returns its id. */
    public UUID tenant(String slug, int people) throws SQLException {
        UUID tenant = tenantId(slug);
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        try {
            run("select set_config('app.tenant_id', ?, true)", tenant.toString());
            organisation(tenant, slug, people);
            goals(tenant, people);
            oneOnOnes(tenant, people);
            feedback(tenant, people);
            training(tenant, people);
            owner.commit();
            return tenant;
        } catch (SQLException | RuntimeException e) {
            owner.rollback();
            throw e;
        } finally {
            owner.setAutoCommit(autoCommit);
        }
    }

    private void organisation(UUID t, String slug, int n) throws SQLException {
        String id = t.toString();
        run("insert into tenant (id, slug, name, locale, time_zone) values (?::uuid, ?, ?, ?, 'Europe/Stockholm')",
                id, slug, "Scale " + slug, slug.hashCode() % 3 == 0 ? "sv" : "en");
        run("insert into tenant_settings (tenant_id, rating_labels) values (?::uuid, array['Below', 'Meets', 'Exceeds'])", id);
        run("insert into department (id, name) select md5(?||':d:'||i)::uuid,"
                + " (array['Sales','Customer Success','Engineering','Finance','People','Marketing'])[i] from generate_series(1, 6) i",
                id);
        // (person, division head) for everyone below the CEO, heap order; the CEO alone at the top.
        run("create temporary table if not exists scale_people (i int primary key, top int, manager int) on commit drop");
        run("truncate scale_people");
        run("insert into scale_people with recursive h(i, top) as ("
                + " select i, i from generate_series(2, least(7, ?)) i"
                + " union all select c, h.top from h, generate_series(6 * (h.i - 1) + 2, 6 * h.i + 1) c where c <= ?)"
                + " select 1, 1, null union all select i, top, (i - 2) / 6 + 1 from h", n, n);
        // "Has reports" is asked per person below: without this index that is quadratic in the head count.
        run("create index if not exists scale_people_manager on scale_people (manager)");
        run("analyze scale_people");
        run("insert into team (id, name, department_id) select md5(?||':tm:'||p.i)::uuid, 'Team ' || p.i,"
                + " md5(?||':d:'||(1 + (p.top - 2 + 6) % 6))::uuid from scale_people p"
                + " where p.i > 1 and exists (select 1 from scale_people r where r.manager = p.i)", id, id);
        String given = "array['Anna','Erik','Sara','Johan','Maria','Lars','Emma','Karl','Olivia','James','Noah','Elsa',"
                + "'Liam','Maja','Oscar','Alva','Hugo','Ella','William','Astrid','Lucas','Wilma','Adam','Freja','Leo',"
                + "'Alice','Nils','Ebba','Axel','Saga','Emil','Agnes','Isak','Stella','Olle','Ines','Vera','Ali','Mina','Sam']";
        String family = "array['Lindqvist','Johansson','Nilsson','Hayes','Carter','Brooks','Andersson','Karlsson',"
                + "'Eriksson','Larsson','Olsson','Persson','Svensson','Gustafsson','Pettersson','Jonsson','Smith','Jones',"
                + "'Taylor','Brown','Wilson','Evans','Thomas','Roberts','Walker','Wright','Green','Hall','Wood','Clarke',"
                + "'Berg','Strand','Holm','Lund','Sandberg','Forsberg','Sjoberg','Wallin','Engstrom','Dahl']";
        run("insert into employee (id, given_name, family_name, email, job_title, department_id, team_id, manager_id,"
                + " start_date, preferred_locale)"
                + " select md5(?||':e:'||p.i)::uuid, (" + given + ")[1 + p.i % 40], (" + family + ")[1 + (p.i / 40) % 40],"
                + " lower((" + given + ")[1 + p.i % 40] || '.' || (" + family + ")[1 + (p.i / 40) % 40] || '.' || p.i || '@' || ? || '.example'),"
                + " case when p.i = 1 then 'Chief Executive' when exists (select 1 from scale_people r where r.manager = p.i)"
                + " then 'Manager' else (array['Engineer','Account Executive','Analyst','Designer','Specialist'])[1 + p.i % 5] end,"
                + " md5(?||':d:'||(1 + (p.top - 2 + 6) % 6))::uuid,"
                + " case when p.manager is null or p.manager = 1 then null else md5(?||':tm:'||p.manager)::uuid end,"
                + " case when p.manager is null then null else md5(?||':e:'||p.manager)::uuid end,"
                + " date '2018-01-01' + (p.i * 7) % 2500, 'en'"
                + " from scale_people p order by p.i", id, slug, id, id, id);
        run("insert into user_account (employee_id, enabled, password_hash) select md5(?||':e:'||p.i)::uuid, true, ?"
                + " from scale_people p", id, passwordHash);
        run("insert into user_role (employee_id, role) values (md5(?||':e:2')::uuid, 'HR_ADMIN')", id);
    }

    private void goals(UUID t, int n) throws SQLException {
        String id = t.toString();
        int q = shape.quarters();
        run("insert into goal_cycle (id, name, kind, starts_on, ends_on, closed)"
                + " select md5(?||':c:'||k)::uuid, 'Q' || (1 + k % 4) || ' ' || (2025 + k / 4), 'QUARTER',"
                + " ?::date + make_interval(months => 3 * k), (?::date + make_interval(months => 3 * k + 3))::date - 1,"
                + " ?::date + make_interval(months => 3 * k + 3) < current_date from generate_series(0, ? - 1) k",
                id, START, START, START, q);
        String status = "case when ?::date + make_interval(months => 3 * k + 3) < current_date"
                + " then (array['ACHIEVED','ACHIEVED','MISSED'])[1 + (%s) %% 3] else 'ACTIVE' end";
        // Company goals, three a quarter, owned by the CEO.
        run("insert into goal (id, title, level, owner_id, visibility, kind, status, cycle_id, created_by)"
                + " select md5(?||':gc:'||k||':'||j)::uuid, (array['Grow recurring revenue','Delight our customers',"
                + "'Build a great place to work'])[j] || ' in Q' || (1 + k % 4), 'COMPANY', md5(?||':e:1')::uuid, 'TENANT',"
                + " 'BUSINESS', " + status.formatted("j") + ", md5(?||':c:'||k)::uuid, md5(?||':e:1')::uuid"
                + " from generate_series(0, ? - 1) k, generate_series(1, 3) j", id, id, START, id, id, q);
        // A department goal a quarter for each division head, aligned to the first company goal.
        run("insert into goal (id, title, level, owner_id, department_id, visibility, kind, status, cycle_id, parent_id,"
                + " created_by) select md5(?||':gd:'||k||':'||d)::uuid, 'Division ' || d || ': deliver the quarter plan',"
                + " 'DEPARTMENT', md5(?||':e:'||(d + 1))::uuid, md5(?||':d:'||d)::uuid, 'TENANT', 'BUSINESS', "
                + status.formatted("d") + ", md5(?||':c:'||k)::uuid, md5(?||':gc:'||k||':1')::uuid,"
                + " md5(?||':e:'||(d + 1))::uuid from generate_series(0, ? - 1) k, generate_series(1, least(6, ? - 1)) d",
                id, id, id, START, id, id, id, q, n);
        // One individual goal a quarter for everyone below the CEO, aligned to their division's goal.
        run("insert into goal (id, title, description, level, owner_id, visibility, kind, status, cycle_id, parent_id,"
                + " created_by) select md5(?||':gi:'||k||':'||p.i)::uuid, (array['Improve onboarding for new customers',"
                + "'Reduce time to resolve support cases','Ship the reporting redesign','Mentor a new colleague',"
                + "'Complete the negotiation course','Automate the monthly close','Raise code review quality'])[1 + (p.i + k) % 7],"
                + " 'Measured by the key result; reviewed in our 1:1s.', 'INDIVIDUAL', md5(?||':e:'||p.i)::uuid,"
                + " (array['TENANT','TEAM','PRIVATE'])[1 + p.i % 3], (array['BUSINESS','BEHAVIOURAL','DEVELOPMENT'])[1 + k % 3],"
                + status.formatted("p.i") + ", md5(?||':c:'||k)::uuid, md5(?||':gd:'||k||':'||(1 + (p.top - 2 + 6) % 6))::uuid,"
                + " md5(?||':e:'||p.i)::uuid from generate_series(0, ? - 1) k, scale_people p where p.i > 1",
                id, id, START, id, id, id, q);
        run("insert into key_result (id, goal_id, title, type, start_value, target_value, current_value, unit)"
                + " select md5(g.id::text||':kr')::uuid, g.id, 'Share of the plan done', 'PERCENTAGE', 0, 100,"
                + " case when g.status = 'ACTIVE' then (abs(hashtext(g.id::text)) % 80) else 100 end, '%' from goal g");
        // Two check-ins per individual goal: mid-quarter and near its end.
        run("insert into goal_check_in (id, goal_id, goal_progress, confidence, comment, author_id, created_at)"
                + " select md5(g.id::text||':ci:'||s)::uuid, g.id, least(1, 0.35 * s + (abs(hashtext(g.id::text)) % 20) / 100.0),"
                + " 3 + (abs(hashtext(g.id::text)) + s) % 7, 'On track; next step agreed.', g.owner_id,"
                + " c.starts_on + 40 * s from goal g join goal_cycle c on c.tenant_id = g.tenant_id and c.id = g.cycle_id,"
                + " generate_series(1, 2) s where g.level = 'INDIVIDUAL' and c.starts_on + 40 * s <= current_date");
        // Indexed goal text, as the goals feature writes it, with embeddings that cluster as a model's do (below).
        vectors();
        StringBuilder wording = new StringBuilder();
        StringBuilder joins = new StringBuilder();
        for (int j = 0; j < WORDING_DIRECTIONS; j++) {
            wording.append(" + w").append(j).append(".v");
            joins.append(" join scale_vector w").append(j).append(" on w").append(j).append(".kind = ").append(2 + j)
                    .append(" and w").append(j).append(".k = ('x' || substr(h.h, ").append(1 + j).append(", 1))::bit(4)::int");
        }
        run("insert into knowledge_chunk (id, source_type, source_id, ordinal, text, metadata, language, embedding)"
                + " select md5(g.id::text||':chunk')::uuid, 'goal', g.id::text, 0, g.title || '. ' || g.description,"
                + " jsonb_build_object('title', g.title, 'link', 'goals/' || g.id), 'en', l2_normalize(d.v + c.v" + wording + ")"
                + " from goal g cross join lateral (select md5(g.id::text || ':wording') as h) h"
                + " join scale_vector d on d.kind = 0 and d.k = 0"
                + " join scale_vector c on c.kind = 1 and c.k = hashtext(g.title) & (" + TEXT_CENTRES + " - 1)" + joins
                + " where g.cycle_id = md5(?||':c:'||(? - 1))::uuid",
                id, q);
    }

    static final int TEXT_CENTRES = 128; // a power of two: a title picks its centre by the low bits of its hash
    static final int WORDING_DIRECTIONS = 8;

    /**
     * The parts generated embeddings are summed from, made once per connection. Real sentence embeddings are not
     * spread evenly over the sphere: they share a common direction, the same text lands on the same point, and
     * rewordings of it vary along a few directions only. So a chunk's vector is a direction every text shares, plus a
     * centre chosen by its goal's title, plus one of 16 steps along each of 8 wording directions chosen by its goal's
     * id: chunks of one title are about 0.7 alike by cosine, of different titles about 0.15, and no two are the same.
     * Built from md5, so every connection and every run has the same parts. An HNSW index over such vectors is built
     * about twice as fast as over uniformly random ones (which were this generator's until 2026-12-06), and searches
     * over it behave as over a real tenant's.
     */
    private void vectors() throws SQLException {
        run("create temporary table if not exists scale_vector (kind int, k int, v vector(384), primary key (kind, k))");
        run("insert into scale_vector (kind, k, v) select s.kind, s.k, (select array_agg((s.scale * s.step"
                + " * (('x' || substr(md5('kadens-scale-vector:' || s.part || ':' || e), 1, 8))::bit(32)::int / 4294967296.0))::real"
                + " order by e) from generate_series(1, 384) e)::vector"
                + " from (select 0 as kind, 0 as k, 0 as part, 1.1 as scale, 1.0 as step"
                + " union all select 1, k, 1000 + k, 2.0, 1.0 from generate_series(0, ? - 1) k"
                + " union all select 2 + j, k, 2000 + j, 0.9, (k - 7.5) / 7.5 from generate_series(0, ? - 1) j, generate_series(0, 15) k) s"
                + " where not exists (select 1 from scale_vector)", TEXT_CENTRES, WORDING_DIRECTIONS);
    }

    private void oneOnOnes(UUID t, int n) throws SQLException {
        String id = t.toString();
        int meetings = shape.meetingsPerPair();
        run("insert into one_on_one_pair (id, kind, lead_id, member_id) select md5(?||':pair:'||p.i)::uuid, 'MANAGER',"
                + " md5(?||':e:'||p.manager)::uuid, md5(?||':e:'||p.i)::uuid from scale_people p where p.manager is not null",
                id, id, id);
        // The kept adherence figures (V203) are written once per series below, as the migration writes them: their
        // triggers would update each series' row once per meeting and check-in in this one transaction, which left
        // the table 18 times its size (48 MB for 10,000 rows) and slowed every read, unlike a real tenant's. The
        // owner defers them for this transaction only (V217), which, unlike disabling the triggers with ALTER TABLE,
        // takes no table lock: other connections keep writing their own tenants' meetings meanwhile.
        run("select set_config('kadens.one_on_one_adherence', 'deferred', true)");
        // Meetings spread over the two years; those in the past are completed.
        run("insert into one_on_one_meeting (id, pair_id, scheduled_at, status, completed_at, shared_notes)"
                + " select md5(?||':m:'||p.i||':'||m)::uuid, md5(?||':pair:'||p.i)::uuid, a.sched,"
                + " case when a.sched < now() then 'COMPLETED' else 'SCHEDULED' end, case when a.sched < now() then a.sched end,"
                + " case when a.sched < now() then 'Talked about priorities, blockers and growth.' else '' end"
                + " from scale_people p, generate_series(0, ? - 1) m,"
                + " lateral (select ?::date + make_interval(days => (730 * m) / ?) + make_interval(hours => 9 + p.i % 8)) s(d),"
                + " lateral (select s.d::timestamptz as sched) a where p.manager is not null",
                id, id, meetings, START, meetings);
        run("insert into check_in (id, meeting_id, employee_id, submitted_at, pulse)"
                + " select md5(mt.id::text||':ck')::uuid, mt.id, pr.member_id, mt.scheduled_at - interval '1 day',"
                + " 1 + abs(hashtext(mt.id::text)) % 5 from one_on_one_meeting mt join one_on_one_pair pr"
                + " on pr.tenant_id = mt.tenant_id and pr.id = mt.pair_id where mt.status = 'COMPLETED'");
        run("insert into one_on_one_adherence_figure (pair_id, held, on_time)"
                + " with m as (select mt.pair_id, (extract(year from mt.scheduled_at at time zone 'UTC') * 12"
                + " + extract(month from mt.scheduled_at at time zone 'UTC') - 1)::integer as slot, count(*)::integer as held,"
                + " (count(*) filter (where ci.submitted_at <= mt.scheduled_at))::integer as on_time"
                + " from one_on_one_meeting mt left join check_in ci on ci.tenant_id = mt.tenant_id and ci.meeting_id = mt.id"
                + " where mt.status = 'COMPLETED' group by 1, 2),"
                + " bounds as (select pair_id, min(slot) as lo, max(slot) as hi from m group by 1)"
                + " select b.pair_id, ('[' || b.lo || ':' || b.hi || ']=' || array_agg(m.held order by s.slot)::text)::integer[],"
                + " ('[' || b.lo || ':' || b.hi || ']=' || array_agg(m.on_time order by s.slot)::text)::integer[]"
                + " from bounds b cross join lateral generate_series(b.lo, b.hi) as s(slot)"
                + " left join m on m.pair_id = b.pair_id and m.slot = s.slot group by b.pair_id, b.lo, b.hi");
        // Kept by the triggers again for whatever this transaction writes next.
        run("select set_config('kadens.one_on_one_adherence', '', true)");
    }

    private void feedback(UUID t, int n) throws SQLException {
        String id = t.toString();
        run("insert into feedback (id, receiver_id, author_id, anonymous, source, visibility, body, given_on, given_at)"
                + " select md5(?||':f:'||p.i||':'||f)::uuid, md5(?||':e:'||p.i)::uuid, md5(?||':e:'||p.manager)::uuid,"
                + " false, 'MANAGER', 'RECEIVER_AND_MANAGERS', (array['Clear and calm in the customer escalation.',"
                + "'Your design review saved us a week of rework.','Please share progress earlier in the sprint.',"
                + "'Great onboarding of the new colleagues.','The forecast was accurate and well explained.'])[1 + (p.i + f) % 5],"
                + " ?::date + (730 * f) / ?, (?::date + (730 * f) / ?)::timestamptz"
                + " from scale_people p, generate_series(0, ? - 1) f where p.manager is not null"
                + " and ?::date + (730 * f) / ? <= current_date",
                id, id, id, START, shape.feedbackPerPerson(), START, shape.feedbackPerPerson(),
                shape.feedbackPerPerson(), START, shape.feedbackPerPerson());
        run("insert into praise (id, author_id, recipient_id, body, given_at)"
                + " select md5(?||':pr:'||p.i||':'||k)::uuid, md5(?||':e:'||p.i)::uuid,"
                + " md5(?||':e:'||(1 + (p.i + k) % ?))::uuid, 'Thank you for the help this week!',"
                + " ?::date + make_interval(days => (730 * k) / ?) from scale_people p, generate_series(1, ?) k"
                + " where 1 + (p.i + k) % ? <> p.i",
                id, id, id, n, START, shape.praisePerPerson(), shape.praisePerPerson(), n);
    }

    private void training(UUID t, int n) throws SQLException {
        String id = t.toString();
        run("insert into training_item (id, title, description, provider_kind, format, level, language)"
                + " select md5(?||':ti:'||k)::uuid, (array['Giving feedback','Negotiation basics','SQL for analysts',"
                + "'Leading one-on-ones','Time management','Presenting with confidence'])[1 + k % 6] || ' ' || k,"
                + " 'A practical course with exercises.', 'INTERNAL', (array['COURSE','VIDEO','ARTICLE','WORKSHOP'])[1 + k % 4],"
                + " (array['BEGINNER','INTERMEDIATE','ADVANCED'])[1 + k % 3], 'en' from generate_series(1, ?) k",
                id, shape.trainingItems());
        run("insert into training_progress (item_id, employee_id, status, percent, completed_on)"
                + " select md5(?||':ti:'||(1 + (p.i + k) % ?))::uuid, md5(?||':e:'||p.i)::uuid, st.status,"
                + " case st.status when 'COMPLETED' then 100 when 'IN_PROGRESS' then 40 else 0 end,"
                + " case when st.status = 'COMPLETED' then ?::date + (p.i * 13 + k) % 700 end"
                + " from scale_people p, generate_series(0, ? - 1) k,"
                + " lateral (select (array['COMPLETED','IN_PROGRESS','NOT_STARTED'])[1 + (p.i + k) % 3] as status) st",
                id, shape.trainingItems(), id, START, Math.min(shape.progressPerPerson(), shape.trainingItems()));
    }

    /** The id of the generated tenant {@code slug}. */
    public static UUID tenantId(String slug) {
        return UUID.nameUUIDFromBytes(("kadens-scale:" + slug).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * How many (series, month) counts of the tenant's kept 1:1 adherence figures (V203) differ from its meetings and
     * check-ins counted live: 0 when the figures are exact. Months are compared by value (a month the triggers took
     * back to 0 equals a month without meetings), so it holds for generated rows and for rows the triggers kept.
     */
    public static long adherenceFiguresDifferingFromLive(Connection owner, UUID tenant) throws SQLException {
        String sql = "with live as (select mt.pair_id, (extract(year from mt.scheduled_at at time zone 'UTC') * 12"
                + " + extract(month from mt.scheduled_at at time zone 'UTC') - 1)::integer as slot, count(*) as held,"
                + " count(*) filter (where ci.submitted_at <= mt.scheduled_at) as on_time"
                + " from one_on_one_meeting mt left join check_in ci on ci.tenant_id = mt.tenant_id and ci.meeting_id = mt.id"
                + " where mt.tenant_id = ?::uuid and mt.status = 'COMPLETED' group by 1, 2),"
                + " kept as (select f.pair_id, s.slot, coalesce(f.held[s.slot], 0) as held,"
                + " coalesce(f.on_time[s.slot], 0) as on_time from one_on_one_adherence_figure f,"
                + " generate_series(least(array_lower(f.held, 1), array_lower(f.on_time, 1)),"
                + " greatest(array_upper(f.held, 1), array_upper(f.on_time, 1))) s(slot)"
                + " where f.tenant_id = ?::uuid)"
                + " select count(*) from (select * from kept where held <> 0 or on_time <> 0) k"
                + " full join live l on l.pair_id = k.pair_id and l.slot = k.slot"
                + " where k.held is distinct from l.held or k.on_time is distinct from l.on_time";
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        try (PreparedStatement bind = owner.prepareStatement("select set_config('app.tenant_id', ?, true)");
             PreparedStatement count = owner.prepareStatement(sql)) {
            bind.setString(1, tenant.toString());
            bind.execute();
            count.setString(1, tenant.toString());
            count.setString(2, tenant.toString());
            try (var rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } finally {
            owner.rollback();
            owner.setAutoCommit(autoCommit);
        }
    }

    /** A generated row's id as the database made it: {@code md5(text)::uuid}, e.g. {@code "<tenant>:e:7"}. */
    public static UUID id(String text) {
        try {
            String hex = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Person {@code n} of the heap (1 is the CEO) of a generated tenant. */
    public static UUID person(UUID tenant, int n) {
        return id(tenant + ":e:" + n);
    }

    /** Time spent per statement kind ("insert into goal", ...) over all tenants made in this JVM, in nanoseconds. */
    static final java.util.concurrent.ConcurrentMap<String, java.util.concurrent.atomic.LongAdder> TIME_PER_STEP =
            new java.util.concurrent.ConcurrentHashMap<>();

    private void run(String sql, Object... parameters) throws SQLException {
        long started = System.nanoTime();
        try {
            execute(sql, parameters);
        } finally {
            String step = sql.strip().replaceAll("\\s+", " ").replaceFirst("^((?:insert into|select|update|delete from) \\S+).*$", "$1");
            TIME_PER_STEP.computeIfAbsent(step, k -> new java.util.concurrent.atomic.LongAdder())
                    .add(System.nanoTime() - started);
        }
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        if (parameters.length == 0) {
            try (Statement statement = owner.createStatement()) {
                statement.execute(sql);
            }
            return;
        }
        try (PreparedStatement statement = owner.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                if (value instanceof LocalDate date) {
                    statement.setObject(i + 1, date);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            statement.execute();
        }
    }
}
