package io.kadens.people;

import java.util.UUID;

/**
 * What everyone in the company may see of a colleague: name, title, department, team, manager,
 * location, job family and level, and whether a photo exists (served by {@link PeopleService#photo}).
 */
public record DirectoryEntry(
        UUID id,
        String givenName,
        String familyName,
        String email,
        String jobTitle,
        UUID departmentId,
        String departmentName,
        UUID managerId,
        String managerName,
        String location,
        UUID teamId,
        String teamName,
        String jobFamilyName,
        String jobLevelName,
        boolean hasPhoto) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
