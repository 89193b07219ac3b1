package io.kadens.people;

import java.util.UUID;

/** What everyone in the company may see of a colleague. */
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
        String location) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
