package io.kadens.compensation;

import java.util.UUID;

/**
 * One row of HR's salary list: an active person with what the list filters and shows of them, and their pay.
 *
 * @param pay null when no salary is recorded for the person yet
 */
public record PayLine(UUID personId, String name, String email, String departmentName, String jobFamilyName,
                      String jobLevelName, Pay pay) {
}
