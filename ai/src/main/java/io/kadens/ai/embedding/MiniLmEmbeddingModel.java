package io.kadens.ai.embedding;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

/**
 * all-MiniLM-L6-v2 running in process (ONNX, from the jar): 384-dimensional sentence embeddings
 * with no network and no API key, as a Spring AI {@link EmbeddingModel}.
 *
 * <p>Loaded once per application (about 90 MB of weights). Texts are embedded in batches whose
 * members run in parallel on a small pool sized to the machine; every vector is unit length, so
 * cosine similarity is a dot product and pgvector's cosine distance is {@code 1 - dot}.
 */
public final class MiniLmEmbeddingModel implements EmbeddingModel, AutoCloseable {

    public static final int DIMENSIONS = 384;
    /** Texts per call into the ONNX model; large enough to keep every core busy, small enough for progress. */
    public static final int BATCH_SIZE = 32;

    private final ExecutorService pool;
    private final AllMiniLmL6V2EmbeddingModel model;
    /** Time per call into the model, by batch; no tenant in its tags (a scrape must not list customers). */
    private final Timer latency;

    /**
     * @param cacheDirectory where the native tokenizer library is unpacked (the application's data
     *                       folder), instead of the user's home directory
     */
    public MiniLmEmbeddingModel(Path cacheDirectory) {
        this(cacheDirectory, new SimpleMeterRegistry());
    }

    /** As {@link #MiniLmEmbeddingModel(Path)}, recording each batch's time as {@code kadens.ai.embedding.latency}. */
    public MiniLmEmbeddingModel(Path cacheDirectory, MeterRegistry meters) {
        prepareCache(cacheDirectory);
        this.latency = Timer.builder("kadens.ai.embedding.latency")
                .description("time to embed one batch of up to " + BATCH_SIZE + " texts in process")
                .publishPercentileHistogram().register(meters);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("embedding-", 0).factory());
        this.model = new AllMiniLmL6V2EmbeddingModel(pool);
    }

    private static void prepareCache(Path cacheDirectory) {
        try {
            Path djl = cacheDirectory.resolve("djl");
            Files.createDirectories(djl);
            // The tokenizer's native library is unpacked here; no usage reporting leaves the deployment.
            System.setProperty("DJL_CACHE_DIR", djl.toAbsolutePath().toString());
            System.setProperty("OPT_OUT_TRACKING", "true");
            System.setProperty("offline", "true");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the model cache under " + cacheDirectory, e);
        }
    }

    @Override
    public EmbeddingResponse call(EmbeddingRequest request) {
        List<float[]> vectors = embedTexts(request.getInstructions());
        List<Embedding> embeddings = new ArrayList<>(vectors.size());
        for (int i = 0; i < vectors.size(); i++) {
            embeddings.add(new Embedding(vectors.get(i), i));
        }
        return new EmbeddingResponse(embeddings);
    }

    @Override
    public float[] embed(Document document) {
        return embed(document.getText() == null ? "" : document.getText());
    }

    @Override
    public float[] embed(String text) {
        return embedTexts(List.of(text)).getFirst();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return embedTexts(texts);
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    private List<float[]> embedTexts(List<String> texts) {
        List<float[]> result = new ArrayList<>(texts.size());
        for (int start = 0; start < texts.size(); start += BATCH_SIZE) {
            List<TextSegment> batch = texts.subList(start, Math.min(texts.size(), start + BATCH_SIZE)).stream()
                    // The model cannot embed an empty segment; a blank text gets the embedding of a space.
                    .map(text -> TextSegment.from(text == null || text.isBlank() ? " " : text))
                    .toList();
            List<dev.langchain4j.data.embedding.Embedding> embedded = latency.record(() -> model.embedAll(batch).content());
            for (dev.langchain4j.data.embedding.Embedding embedding : embedded) {
                result.add(unitLength(embedding.vector()));
            }
        }
        return result;
    }

    static float[] unitLength(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return vector;
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }

    /** Cosine similarity of two vectors of the same length. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
