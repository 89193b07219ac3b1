package io.kadens.people;

import java.util.UUID;

/**
 * The HR admin's people list filters; null means "any". {@code query} matches every word against
 * name, email, title and location.
 */
public record PeopleFilter(String query, UUID departmentId, UUID teamId, UUID managerId, PersonStatus status,
                           UUID jobFamilyId) {

    public static PeopleFilter all() {
        return new PeopleFilter(null, null, null, null, null, null);
    }
}
