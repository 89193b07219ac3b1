package io.kadens.learning;

import io.kadens.ai.SearchAccessRule;
import io.kadens.ai.SourceRef;
import io.kadens.ai.SourceTypes;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Who sees training items in knowledge search and AI citations: whoever may open the item ({@link TrainingLibrary#openable}). */
@Component
class TrainingSearchAccess implements SearchAccessRule {

    private final TrainingLibrary library;

    TrainingSearchAccess(TrainingLibrary library) {
        this.library = library;
    }

    @Override
    public Set<String> sourceTypes() {
        return Set.of(SourceTypes.TRAINING_ITEM);
    }

    @Override
    public Set<SourceRef> visibleToRequester(Collection<SourceRef> sources) {
        Map<UUID, SourceRef> byId = new HashMap<>();
        for (SourceRef source : sources) {
            try {
                byId.put(UUID.fromString(source.id()), source);
            } catch (IllegalArgumentException notAnId) {
                // no such item
            }
        }
        return library.openable(byId.keySet()).stream().map(byId::get).collect(Collectors.toSet());
    }
}
