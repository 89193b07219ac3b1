package io.kadens.competencies;

import io.kadens.audit.AuditLog;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantScope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The free-text competency values on feedback and training items that refer to no competency of the framework
 * (docs/decisions/2026-12-06-competency-references.md): HR admins see them with their counts and where they are
 * used, and map a value to a competency, every use of it or none.
 */
@Service
@Transactional
public class CompetencyLeftovers {

    private final ObjectProvider<CompetencyReferences> references;
    private final FrameworkRepository framework;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    CompetencyLeftovers(ObjectProvider<CompetencyReferences> references, FrameworkRepository framework,
                        CurrentUser currentUser, AuditLog audit) {
        this.references = references;
        this.framework = framework;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Every leftover value, most used first, then by value. */
    @Transactional(readOnly = true)
    public List<CompetencyLeftover> report() {
        requireAdministrator();
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> uses = new LinkedHashMap<>();
        references.orderedStream().forEach(source -> source.leftovers().forEach(use -> {
            String key = key(use.value());
            spelling.putIfAbsent(key, use.value().strip());
            uses.computeIfAbsent(key, k -> new TreeMap<>()).merge(source.place(), use.count(), Integer::sum);
        }));
        List<CompetencyLeftover> report = new ArrayList<>();
        uses.forEach((key, places) -> report.add(new CompetencyLeftover(spelling.get(key),
                places.values().stream().mapToInt(Integer::intValue).sum(), Map.copyOf(places))));
        report.sort(Comparator.comparingInt(CompetencyLeftover::count).reversed()
                .thenComparing(CompetencyLeftover::value, String.CASE_INSENSITIVE_ORDER));
        return report;
    }

    /** What mapping linked: records per place. */
    public record Mapped(String value, UUID competencyId, int count, Map<String, Integer> uses) {
    }

    /**
     * Links every use of a leftover value to an active competency, in one transaction: all of them or, on any
     * failure, none. A value nothing uses (any more) is refused, so a stale page says so instead of doing nothing.
     */
    public Mapped map(String value, UUID competencyId) {
        requireAdministrator();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(value != null && !value.isBlank(), "value", "competencies.leftover.value.required");
        errors.check(competencyId != null, "competencyId", "competencies.leftover.competency.required");
        errors.throwIfAny();
        Competency competency = framework.competency(competencyId)
                .orElseThrow(() -> new ResourceNotFoundException("competency", competencyId));
        if (competency.archived()) {
            throw InvalidInputException.of("competencyId", "competencies.archived");
        }
        Map<String, Integer> uses = new TreeMap<>();
        references.orderedStream().forEach(source -> {
            int linked = source.link(value.strip(), competencyId, competency.name());
            if (linked > 0) {
                uses.put(source.place(), linked);
            }
        });
        int count = uses.values().stream().mapToInt(Integer::intValue).sum();
        if (count == 0) {
            throw InvalidInputException.of("value", "competencies.leftover.gone");
        }
        audit.record("competency.leftover.mapped", "competency", competencyId.toString(), value.strip(),
                Map.of("uses", uses));
        return new Mapped(value.strip(), competencyId, count, Map.copyOf(uses));
    }

    /**
     * Links every leftover whose value is a competency's name (case-blind): what the migration did for values
     * written before the framework existed (demo seeding writes feedback first). Returns how many were linked.
     */
    public int matchByName() {
        requireAdministrator();
        Map<String, Competency> byName = framework.byLowerName();
        int linked = 0;
        for (CompetencyReferences source : references.orderedStream().toList()) {
            for (CompetencyReferences.Use use : source.leftovers()) {
                Competency match = byName.get(key(use.value()));
                if (match != null) {
                    linked += source.link(use.value(), match.id(), match.name());
                }
            }
        }
        return linked;
    }

    /** Whether feedback or training items refer to the competency. */
    boolean referred(UUID competencyId) {
        return references.orderedStream().anyMatch(source -> source.refersTo(competencyId));
    }

    void renamed(UUID competencyId, String name) {
        references.orderedStream().forEach(source -> source.renamed(competencyId, name));
    }

    static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private void requireAdministrator() {
        if (TenantScope.explicitTenant().isPresent() && currentUser.get().isEmpty()) {
            return; // system work: demo seeding
        }
        KadensUser user = currentUser.require();
        if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins map competency values");
        }
    }
}
