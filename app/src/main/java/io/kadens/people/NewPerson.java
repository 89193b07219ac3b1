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
        String preferredLocale) {

    public NewPerson {
        givenName = trimmed(givenName);
        familyName = trimmed(familyName);
        email = trimmed(email).toLowerCase(Locale.ROOT);
        if (givenName.isEmpty() || familyName.isEmpty()) {
            throw new IllegalArgumentException("person.name.required");
        }
        if (!email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw new IllegalArgumentException("person.email.invalid");
        }
        if (preferredLocale != null && !preferredLocale.equals("en") && !preferredLocale.equals("sv")) {
            throw new IllegalArgumentException("person.locale.invalid");
        }
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
