package io.kadens.people;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** A person to add to the bound tenant; checked here so that no caller can skip it. */
public record NewPerson(
        String givenName,
        String familyName,
        String email,
        String jobTitle,
        UUID departmentId,
        UUID managerId,
        String location,
        String phone,
        LocalDate startDate,
        String preferredLocale,
        UUID teamId,
        UUID jobFamilyId,
        UUID jobLevelId,
        EmploymentType employmentType) {

    public NewPerson {
        givenName = trimmed(givenName);
        familyName = trimmed(familyName);
        email = trimmed(email).toLowerCase(Locale.ROOT);
        if (givenName.isEmpty() || familyName.isEmpty()) {
            throw new IllegalArgumentException("person.name.required");
        }
        if (!email.matches(PersonFields.EMAIL_PATTERN)) {
            throw new IllegalArgumentException("person.email.invalid");
        }
        if (preferredLocale != null && !preferredLocale.equals("en") && !preferredLocale.equals("sv")) {
            throw new IllegalArgumentException("person.locale.invalid");
        }
        if (jobLevelId != null && jobFamilyId == null) {
            throw new IllegalArgumentException("person.level.without-family");
        }
    }

    /** The fields of the foundation; team, job family and level, and employment type left empty. */
    public NewPerson(String givenName, String familyName, String email, String jobTitle, UUID departmentId,
                     UUID managerId, String location, String phone, LocalDate startDate, String preferredLocale) {
        this(givenName, familyName, email, jobTitle, departmentId, managerId, location, phone, startDate,
                preferredLocale, null, null, null, null);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
