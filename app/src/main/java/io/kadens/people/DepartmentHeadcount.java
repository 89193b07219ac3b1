package io.kadens.people;

import java.util.UUID;

public record DepartmentHeadcount(UUID departmentId, String name, int activePeople) {
}
