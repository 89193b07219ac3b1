package io.kadens.announcements;

import io.kadens.privacy.ErasureRule;
import io.kadens.privacy.PersonalDataEraser;
import io.kadens.privacy.PersonalDataExporter;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A person's announcements in their export (which they received and when they dismissed them, which they wrote);
 * at erasure their receipts go and the announcements they wrote stay without an author.
 */
@Component
class AnnouncementsPersonalData implements PersonalDataExporter, PersonalDataEraser {

    private final AnnouncementRepository repository;

    AnnouncementsPersonalData(AnnouncementRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<String, Object> export(UUID personId) {
        return Map.of("announcements-received", repository.receivedBy(personId),
                "announcements-written", repository.writtenBy(personId));
    }

    @Override
    public void erase(UUID personId, String pseudonym) {
        repository.forget(personId);
    }

    @Override
    public Set<String> exportedReferences() {
        return Set.of("announcement_recipient.employee_id", "announcement.author_id");
    }

    @Override
    public Map<String, ErasureRule> erasureRules() {
        return Map.of("announcement_recipient.employee_id", ErasureRule.DELETED,
                "announcement.author_id", ErasureRule.CLEARED);
    }
}
