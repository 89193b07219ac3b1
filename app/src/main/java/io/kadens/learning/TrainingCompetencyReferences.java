package io.kadens.learning;

import io.kadens.ai.IndexProgress;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.SourceRef;
import io.kadens.competencies.Competency;
import io.kadens.competencies.CompetencyFrameworks;
import io.kadens.competencies.CompetencyReferences;
import io.kadens.platform.ConcurrentEditException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Training items' side of competency references: each competency word of an item that names a competency of the
 * framework (case-blind) is linked by id; the others stay free words, leftovers HR can map. The words stay what
 * the item shows and what its search chunk carries as {@code competencies}, so a mapping or a rename re-indexes
 * the items it changes.
 */
@Component
class TrainingCompetencyReferences implements CompetencyReferences {

    static final String PLACE = "TRAINING_ITEM";

    private final TrainingCompetencyRepository repository;
    private final LearningRepository items;
    private final CompetencyFrameworks frameworks;
    private final KnowledgeIndex index;

    TrainingCompetencyReferences(TrainingCompetencyRepository repository, LearningRepository items,
                                 CompetencyFrameworks frameworks, KnowledgeIndex index) {
        this.repository = repository;
        this.items = items;
        this.frameworks = frameworks;
        this.index = index;
    }

    /** The active competencies' names, for the item form's picker; empty when the tenant has no framework. */
    List<String> frameworkNames() {
        return frameworks.competencies(false).stream().map(Competency::name)
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** Links the item's words that name competencies; called in the transaction that saves the item. */
    void linkWords(UUID itemId, List<String> words) {
        Map<String, Competency> byName = frameworks.byLowerName();
        Map<UUID, String> links = new LinkedHashMap<>();
        for (String word : words) {
            Competency match = byName.get(word.strip().toLowerCase(Locale.ROOT));
            if (match != null) {
                links.putIfAbsent(match.id(), word.strip());
            }
        }
        repository.replaceLinks(itemId, links);
    }

    @Override
    public String place() {
        return PLACE;
    }

    @Override
    public List<Use> leftovers() {
        return repository.leftovers();
    }

    @Override
    public int link(String value, UUID competencyId, String competencyName) {
        String key = value.strip().toLowerCase(Locale.ROOT);
        int linked = 0;
        for (TrainingCompetencyRepository.ItemWords item : repository.itemsWithWord(key)) {
            boolean leftover = item.links().values().stream()
                    .noneMatch(label -> label.toLowerCase(Locale.ROOT).equals(key));
            if (!leftover) {
                continue;
            }
            // The leftover becomes the competency's name; a word the item had for the same competency goes too.
            String before = item.links().get(competencyId);
            List<String> words = relabel(item.words(), key, before, competencyName);
            save(item, words);
            Map<UUID, String> links = new LinkedHashMap<>(item.links());
            links.put(competencyId, competencyName);
            repository.replaceLinks(item.itemId(), links);
            linked++;
        }
        return linked;
    }

    @Override
    public boolean refersTo(UUID competencyId) {
        return repository.refersTo(competencyId);
    }

    @Override
    public void renamed(UUID competencyId, String name) {
        for (TrainingCompetencyRepository.ItemWords item : repository.itemsLinkedTo(competencyId)) {
            String before = item.links().get(competencyId);
            if (before.equals(name)) {
                continue;
            }
            save(item, relabel(item.words(), before.toLowerCase(Locale.ROOT), null, name));
            Map<UUID, String> links = new LinkedHashMap<>(item.links());
            links.put(competencyId, name);
            repository.replaceLinks(item.itemId(), links);
        }
    }

    /** The words with {@code key} (and the old label {@code alsoKey}, when not null) replaced by {@code label}, once. */
    private static List<String> relabel(List<String> words, String key, String alsoKey, String label) {
        List<String> result = new ArrayList<>();
        boolean placed = false;
        for (String word : words) {
            String lower = word.strip().toLowerCase(Locale.ROOT);
            boolean replaced = lower.equals(key) || alsoKey != null && lower.equals(alsoKey.toLowerCase(Locale.ROOT))
                    || lower.equals(label.toLowerCase(Locale.ROOT));
            if (!replaced) {
                result.add(word);
            } else if (!placed) {
                result.add(label);
                placed = true;
            }
        }
        return result;
    }

    private void save(TrainingCompetencyRepository.ItemWords item, List<String> words) {
        if (!repository.saveWords(item.itemId(), item.version(), words)) {
            throw new ConcurrentEditException("training_item", item.itemId());
        }
        TrainingItem saved = items.item(item.itemId()).orElseThrow();
        index.replaceSource(SourceRef.of(TrainingLibrary.SOURCE_TYPE, saved.id()),
                List.of(TrainingLibrary.draft(saved.id(), saved.data())), IndexProgress.NONE);
    }
}
