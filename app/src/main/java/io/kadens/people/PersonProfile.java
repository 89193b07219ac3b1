package io.kadens.people;

import java.util.List;
import java.util.Optional;

/**
 * A profile as the viewer may see it: the directory fields always, the private details only
 * when the access rules allow; the reporting line runs from the nearest manager to the top.
 */
public record PersonProfile(DirectoryEntry person, Optional<PrivateDetails> privateDetails,
                            List<DirectoryEntry> reportingLine, List<DirectoryEntry> directReports) {
}
