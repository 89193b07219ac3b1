package io.kadens.people;

import java.time.LocalDate;

/** Profile fields only the person, their manager chain and HR may see. */
public record PrivateDetails(String phone, LocalDate startDate, String status, String preferredLocale,
                             EmploymentType employmentType) {
}
