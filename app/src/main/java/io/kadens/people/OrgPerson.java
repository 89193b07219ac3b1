package io.kadens.people;

import java.util.UUID;

/**
 * A person as other features need to know them: name, email, whether they are with the company,
 * their manager, department and team, and their language. No private fields and no access rule:
 * {@link OrgFacts} hands out facts, and each feature decides what its users may see of them.
 */
public record OrgPerson(UUID id, String givenName, String familyName, String email, PersonStatus status,
                        UUID managerId, UUID departmentId, UUID teamId, String preferredLocale) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    public boolean active() {
        return status == PersonStatus.ACTIVE;
    }
}
