package io.kadens.people;

import java.util.UUID;

/** One step of the reporting line: {@code reportId} reports directly to {@code managerId}. */
public record ReportingLine(UUID managerId, UUID reportId) {
}
