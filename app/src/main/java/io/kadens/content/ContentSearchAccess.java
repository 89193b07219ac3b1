package io.kadens.content;

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

/** Who sees company content in knowledge search and AI citations: whoever may open the document ({@link ContentLibrary#openable}). */
@Component
class ContentSearchAccess implements SearchAccessRule {

    private final ContentLibrary library;

    ContentSearchAccess(ContentLibrary library) {
        this.library = library;
    }

    @Override
    public Set<String> sourceTypes() {
        return Set.of(SourceTypes.COMPANY_CONTENT);
    }

    @Override
    public Set<SourceRef> visibleToRequester(Collection<SourceRef> sources) {
        Map<UUID, SourceRef> byId = byId(sources);
        return library.openable(byId.keySet()).stream().map(byId::get).collect(Collectors.toSet());
    }

    static Map<UUID, SourceRef> byId(Collection<SourceRef> sources) {
        Map<UUID, SourceRef> byId = new HashMap<>();
        for (SourceRef source : sources) {
            try {
                byId.put(UUID.fromString(source.id()), source);
            } catch (IllegalArgumentException notAnId) {
                // no such document
            }
        }
        return byId;
    }
}
