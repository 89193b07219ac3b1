package io.kadens.reviews;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * The role matrix of review cycles (issue 15): for each role and each operation, allowed or denied, enforced
 * by the services. The employee has no reports; the manager has reports; the operator has no tenant.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewsRoleMatrixTest {

    enum Actor { EMPLOYEE, MANAGER, HR_ADMIN, OPERATOR }

    interface Operation {
        boolean run(ReviewsRoleMatrixTest t);
    }

    static final boolean Y = true;
    static final boolean N = false;

    record Row(String operation, boolean employee, boolean manager, boolean hrAdmin, boolean operator, Operation op) {
        boolean expected(Actor actor) {
            return switch (actor) {
                case EMPLOYEE -> employee;
                case MANAGER -> manager;
                case HR_ADMIN -> hrAdmin;
                case OPERATOR -> operator;
            };
        }
    }

    static final List<Row> MATRIX = List.of(
            new Row("list review templates", N, N, Y, N, t -> !t.templates.templates().isEmpty()),
            new Row("read a review template and its versions", N, N, Y, N,
                    t -> t.templates.template(t.seeded.template()).isPresent()
                            && !t.templates.versions(t.seeded.template()).isEmpty()),
            new Row("create a review template", N, N, Y, N, t -> t.templates.create(ReviewTemplates.starter()) != null),
            new Row("save a new template version", N, N, Y, N, t -> {
                ReviewTemplate current = t.templates.template(t.seeded.template()).orElseThrow();
                return t.templates.update(current.id(), ReviewTemplates.starter(), current.version()) != null;
            }),
            new Row("archive and restore a template", N, N, Y, N, t -> {
                ReviewTemplate current = t.templates.template(t.seeded.template()).orElseThrow();
                ReviewTemplate archived = t.templates.setArchived(current.id(), true, current.version());
                return !t.templates.setArchived(current.id(), false, archived.version()).archived();
            }),
            new Row("list review cycles", N, N, Y, N, t -> !t.cycles.cycles().isEmpty()),
            new Row("read a cycle, its participants and unfinished reviews", N, N, Y, N,
                    t -> t.cycles.cycle(t.seeded.cycle()).isPresent() && !t.cycles.participants(t.seeded.cycle()).isEmpty()
                            && !t.cycles.unfinished(t.seeded.cycle()).isEmpty()),
            new Row("set up and launch a cycle", N, N, Y, N, t -> {
                CycleDraft base = ReviewCycles.defaultDraft(CycleKind.PROJECT, t.seeded.template(), java.time.LocalDate.now());
                ReviewCycle draft = t.cycles.create(new CycleDraft("Matrix", base.kind(), base.templateId(),
                        base.windowStart(), base.windowEnd(), base.peerCap(), base.deadlines(),
                        new ParticipantSelection(null, null, java.util.Set.of(t.c.employee().id()))));
                return t.cycles.launch(draft.id(), draft.version()).status() == CycleStatus.ACTIVE;
            }),
            new Row("pause and resume a cycle", N, N, Y, N, t -> {
                ReviewCycle cycle = t.cycles.cycle(t.seeded.cycle()).orElseThrow();
                ReviewCycle paused = t.cycles.pause(cycle.id(), cycle.version());
                return t.cycles.resume(cycle.id(), paused.version()).status() == CycleStatus.ACTIVE;
            }),
            new Row("extend a deadline", N, N, Y, N, t -> {
                ReviewCycle cycle = t.cycles.cycle(t.seeded.cycle()).orElseThrow();
                return t.cycles.extendDeadline(cycle.id(), CyclePhase.SHARING,
                        cycle.deadlines().get(CyclePhase.SHARING).plusDays(1), cycle.version()) != null;
            }),
            new Row("add and remove a participant", N, N, Y, N, t -> {
                t.cycles.addParticipant(t.seeded.cycle(), t.c.outsider().id());
                return !t.cycles.removeParticipant(t.seeded.cycle(), t.c.outsider().id()).active();
            }),
            new Row("close a cycle", N, N, Y, N, t -> {
                CycleDraft base = ReviewCycles.defaultDraft(CycleKind.PROJECT, t.seeded.template(), java.time.LocalDate.now());
                ReviewCycle draft = t.cycles.create(new CycleDraft("Closing", base.kind(), base.templateId(),
                        base.windowStart(), base.windowEnd(), base.peerCap(), base.deadlines(),
                        new ParticipantSelection(null, null, java.util.Set.of(t.c.member().id()))));
                ReviewCycle cycle = t.cycles.launch(draft.id(), draft.version());
                return t.cycles.close(cycle.id(), cycle.version(), true).status() == CycleStatus.CLOSED;
            }));

    static Stream<Arguments> cases() {
        return MATRIX.stream().flatMap(row -> Arrays.stream(Actor.values())
                .map(actor -> Arguments.of(row.operation(), actor, row.expected(actor) ? "allowed" : "denied", row)));
    }

    @Autowired
    ReviewTemplates templates;
    @Autowired
    ReviewCycles cycles;
    @Autowired
    ReviewsTestData data;
    @Autowired
    TestTenants tenants;

    Company c;
    ReviewsTestData.Seeded seeded;

    @BeforeAll
    void company() {
        c = tenants.create("rvmatrix");
        seeded = data.seed(c);
    }

    private Authentication signIn(Actor actor) {
        return switch (actor) {
            case EMPLOYEE -> as(c, c.employee());
            case MANAGER -> as(c, c.manager());
            case HR_ADMIN -> as(c, c.hrAdmin());
            case OPERATOR -> TestTenants.operator();
        };
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cases")
    void theRoleMatrixHolds(String operation, Actor actor, String expected, Row row) {
        boolean allowed;
        try {
            allowed = signedIn(signIn(actor), () -> row.op().run(this));
        } catch (AccessDeniedException e) {
            allowed = false;
        } catch (IllegalStateException e) {
            // the operator has no tenant: a service that needs one finds none bound and refuses
            assertThat(actor).as(operation + ": " + e).isEqualTo(Actor.OPERATOR);
            allowed = false;
        }
        assertThat(allowed ? "allowed" : "denied").as(operation + " as " + actor).isEqualTo(expected);
    }
}
