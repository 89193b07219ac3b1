package io.kadens.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Every field an HR admin edits on a person, as a whole: {@link PeopleAdministration#update} replaces
 * them all at once, checked against the version the editor started from.
 */
public record PersonFields(
        String givenName,
        String familyName,
        String email,
        String jobTitle,
        UUID departmentId,
        UUID teamId,
        UUID managerId,
        UUID jobFamilyId,
        UUID jobLevelId,
        String location,
        String phone,
        LocalDate startDate,
        EmploymentType employmentType,
        String preferredLocale) {

    static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    public PersonFields withManager(UUID manager) {
        return new PersonFields(givenName, familyName, email, jobTitle, departmentId, teamId, manager, jobFamilyId,
                jobLevelId, location, phone, startDate, employmentType, preferredLocale);
    }

    public PersonFields withJobTitle(String title) {
        return new PersonFields(givenName, familyName, email, title, departmentId, teamId, managerId, jobFamilyId,
                jobLevelId, location, phone, startDate, employmentType, preferredLocale);
    }
}
