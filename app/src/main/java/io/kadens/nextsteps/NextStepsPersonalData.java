package io.kadens.nextsteps;

import io.kadens.privacy.ErasureRule;
import io.kadens.privacy.PersonalDataEraser;
import io.kadens.privacy.PersonalDataExporter;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** When the person last opened their home page: in their export, and gone at their erasure. */
@Component
class NextStepsPersonalData implements PersonalDataExporter, PersonalDataEraser {

    private final HomeVisitRepository visits;

    NextStepsPersonalData(HomeVisitRepository visits) {
        this.visits = visits;
    }

    @Override
    public Map<String, Object> export(UUID personId) {
        return visits.visit(personId).<Map<String, Object>>map(visit -> Map.of("home-visit", visit)).orElse(Map.of());
    }

    @Override
    public void erase(UUID personId, String pseudonym) {
        visits.delete(personId);
    }

    @Override
    public Set<String> exportedReferences() {
        return Set.of("home_visit.employee_id");
    }

    @Override
    public Map<String, ErasureRule> erasureRules() {
        return Map.of("home_visit.employee_id", ErasureRule.DELETED);
    }
}
