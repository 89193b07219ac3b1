package io.kadens.ai.knowledge;

/**
 * pgvector's text form of a vector, {@code [0.1,0.2,...]}, for binding as {@code ?::vector} or {@code ?::halfvec} (the
 * knowledge index stores half precision, V219; the server rounds the floats).
 */
public final class VectorLiteral {

    private VectorLiteral() {
    }

    public static String of(float[] vector) {
        StringBuilder text = new StringBuilder(vector.length * 12).append('[');
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(vector[i]);
        }
        return text.append(']').toString();
    }
}
