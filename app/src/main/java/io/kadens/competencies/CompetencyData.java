package io.kadens.competencies;

import java.util.List;
import java.util.UUID;

/**
 * What HR writes about a competency. {@code indicators.get(n - 1)} describes proficiency level n on
 * the tenant's scale; a functional competency names its job family, the other groups none.
 */
public record CompetencyData(String name, String description, CompetencyGroup group, UUID jobFamilyId,
                             List<String> indicators) {

    public CompetencyData {
        indicators = indicators == null ? List.of() : List.copyOf(indicators.stream()
                .map(text -> text == null ? "" : text).toList());
    }
}
