package io.kadens.people;

import java.util.List;
import java.util.Optional;

/** Who is around the signed-in person: their manager, team and department. */
public record HomeOverview(
        DirectoryEntry me,
        Optional<DirectoryEntry> manager,
        List<DirectoryEntry> peers,
        List<DirectoryEntry> directReports,
        Optional<DepartmentHeadcount> department) {
}
