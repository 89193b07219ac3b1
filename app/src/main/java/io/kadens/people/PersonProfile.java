package io.kadens.people;

import java.util.List;
import java.util.Optional;

/**
 * A profile as the viewer may see it: the directory fields always, the private details only
 * when the access rules allow.
 */
public record PersonProfile(DirectoryEntry person, Optional<PrivateDetails> privateDetails,
                            List<DirectoryEntry> directReports) {
}
