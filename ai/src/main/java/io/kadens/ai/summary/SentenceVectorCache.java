package io.kadens.ai.summary;

import io.kadens.tenants.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

/**
 * The summary's sentence vectors, kept in memory by tenant and exact text, most recently used first. The in-process
 * model runs once per sentence, which made a summary of a few hundred items take seconds; a sentence's vector never
 * changes, so it is computed once: when the item is written ({@link FeedbackSummaries#warm}) or, failing that, at
 * the first summary that reads it. Keyed by tenant, so a summary's speed says nothing about another tenant's
 * feedback. Bounded: the least recently used vectors go first (about 1.6 kB each with MiniLM's 384 dimensions).
 */
public final class SentenceVectorCache implements EmbeddingModel {

    private record Key(TenantId tenant, String text) {
    }

    private final EmbeddingModel model;
    private final Supplier<Optional<TenantId>> tenant;
    private final Map<Key, float[]> vectors;

    public SentenceVectorCache(EmbeddingModel model, Supplier<Optional<TenantId>> tenant, int capacity) {
        this.model = Objects.requireNonNull(model);
        this.tenant = Objects.requireNonNull(tenant);
        this.vectors = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public EmbeddingResponse call(EmbeddingRequest request) {
        TenantId current = tenant.get().orElse(null);
        List<String> texts = request.getInstructions();
        float[][] found = new float[texts.size()][];
        List<String> missing = new ArrayList<>();
        synchronized (vectors) {
            for (int i = 0; i < texts.size(); i++) {
                found[i] = vectors.get(new Key(current, texts.get(i)));
                if (found[i] == null && !missing.contains(texts.get(i))) {
                    missing.add(texts.get(i));
                }
            }
        }
        if (!missing.isEmpty()) {
            // The model runs outside the lock: other summaries keep reading what is already known.
            List<Embedding> computed = model.call(new EmbeddingRequest(missing, request.getOptions())).getResults();
            Map<String, float[]> byText = new HashMap<>();
            for (int i = 0; i < missing.size(); i++) {
                byText.put(missing.get(i), computed.get(i).getOutput());
            }
            synchronized (vectors) {
                byText.forEach((text, vector) -> vectors.put(new Key(current, text), vector));
            }
            for (int i = 0; i < texts.size(); i++) {
                if (found[i] == null) {
                    found[i] = byText.get(texts.get(i));
                }
            }
        }
        List<Embedding> results = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            results.add(new Embedding(found[i], i));
        }
        return new EmbeddingResponse(results);
    }

    @Override
    public float[] embed(Document document) {
        return model.embed(document);
    }

    @Override
    public int dimensions() {
        return model.dimensions();
    }

    /** How many vectors are kept now. */
    int size() {
        synchronized (vectors) {
            return vectors.size();
        }
    }
}
