package io.kadens.ai.testing;

import io.kadens.ai.embedding.MiniLmEmbeddingModel;
import java.nio.file.Path;

/** One in-process embedding model for every test class of a test JVM: loading it takes a few seconds. */
public final class SharedEmbeddings {

    private static MiniLmEmbeddingModel model;

    private SharedEmbeddings() {
    }

    public static synchronized MiniLmEmbeddingModel get() {
        if (model == null) {
            model = new MiniLmEmbeddingModel(Path.of("target", "model-cache"));
        }
        return model;
    }
}
