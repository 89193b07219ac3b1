package io.kadens.reviews;

import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.settings.TenantSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo review cycles, written in the bound tenant when it has no review template yet, so it also fills a
 * database an earlier version seeded. "acme" gets a closed semi-annual cycle and an open quarterly cycle in
 * which everyone's self review (Sara's too) is due in five days; any other company gets one cycle in its
 * manager-review phase. Dates are relative to the clock. Seeding acts as nobody: the audit says "system".
 */
@Component
public class ReviewsDemoSeed {

    private final ReviewTemplateRepository templates;
    private final ReviewCycleRepository cycles;
    private final OrgFacts org;
    private final TenantSettingsService settings;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ReviewsDemoSeed(ReviewTemplateRepository templates, ReviewCycleRepository cycles, OrgFacts org,
                    TenantSettingsService settings, Clock clock, PlatformTransactionManager transactionManager) {
        this.templates = templates;
        this.cycles = cycles;
        this.org = org;
        this.settings = settings;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Seeds the bound tenant's review cycles unless it has review templates already; true when it seeded. */
    public boolean seedIfMissing(String slug) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!templates.templates().isEmpty()) {
                return false;
            }
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(settings.current().timeZone())));
            List<OrgPerson> everyone = org.activeMembersOf(null, null, everyoneIds());
            UUID template = UUID.randomUUID();
            templates.insertTemplate(template);
            templates.insertVersion(template, 1, ReviewTemplates.validate(ReviewTemplates.starter()), null, clock.instant());
            TemplateVersion version = templates.version(template, 1).orElseThrow();
            if ("acme".equals(slug)) {
                LocalDate halfEnd = today.withDayOfMonth(1).minusMonths(1);
                UUID closed = cycle("Medarbetarsamtal H1", CycleKind.SEMI_ANNUAL, template, halfEnd.minusMonths(6).plusDays(1),
                        halfEnd, halfEnd.plusWeeks(1), everyone, version);
                cycles.changeStatus(closed, CycleStatus.ACTIVE, CycleStatus.CLOSED, 1, null, clock.instant());
                cycle("Kvartalssamtal Q" + ((today.getMonthValue() - 1) / 3 + 1), CycleKind.QUARTERLY, template,
                        today.minusMonths(3).plusDays(1), today, today.minusDays(9), everyone, version);
            } else {
                // launched three weeks ago: self review, nominations and peer reviews are behind it
                cycle("Mid-year review", CycleKind.SEMI_ANNUAL, template, today.minusMonths(6).plusDays(1), today,
                        today.minusWeeks(5).plusDays(5), everyone, version);
            }
            return true;
        }));
    }

    private Set<UUID> everyoneIds() {
        Set<UUID> ids = new java.util.HashSet<>();
        org.activeReportingLines().forEach(line -> {
            ids.add(line.managerId());
            ids.add(line.reportId());
        });
        return ids;
    }

    /** A launched cycle whose self-review deadline is {@code launched} + 14 days, the later phases weekly after. */
    private UUID cycle(String name, CycleKind kind, UUID template, LocalDate windowStart, LocalDate windowEnd,
                       LocalDate launched, List<OrgPerson> people, TemplateVersion version) {
        UUID id = UUID.randomUUID();
        Map<CyclePhase, LocalDate> deadlines = new EnumMap<>(CyclePhase.class);
        int[] weeks = {2, 2, 4, 6, 8, 9, 10};
        for (CyclePhase phase : CyclePhase.values()) {
            deadlines.put(phase, launched.plusWeeks(weeks[phase.ordinal()]));
        }
        cycles.insertCycle(id, new CycleDraft(name, kind, template, windowStart, windowEnd, ReviewCycles.DEFAULT_PEER_CAP,
                deadlines, null));
        cycles.replaceDeadlines(id, deadlines);
        cycles.insertParticipants(id, people.stream().map(OrgPerson::id).toList(),
                people.stream().map(OrgPerson::managerId).toList(), clock.instant());
        cycles.insertReviews(id, true, true, null);
        cycles.changeStatus(id, CycleStatus.DRAFT, CycleStatus.ACTIVE, 0, version.number(), clock.instant());
        return id;
    }

    /**
     * The newest closed cycle of this kind in the bound tenant, for the features that seed on top of the demo's
     * cycles (calibration, pay and promotion). Checks no access rights: seeding acts as nobody.
     */
    public java.util.Optional<UUID> closedCycle(CycleKind kind) {
        return transactions.execute(status -> cycles.cycles().stream()
                .filter(c -> c.kind() == kind && c.status() == CycleStatus.CLOSED)
                .map(ReviewCycleRepository.CycleRow::id).findFirst());
    }
}
