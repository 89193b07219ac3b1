package io.kadens.competencies;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** People × competencies: each person's current level and expected level, for a heatmap. */
public record TeamMatrix(int scale, List<Column> competencies, List<Row> people) {

    public record Column(UUID competencyId, String name) {
    }

    public record Row(UUID personId, String name, Map<UUID, Integer> current, Map<UUID, Integer> expected) {
    }
}
