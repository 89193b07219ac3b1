package io.kadens.ai;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a piece of knowledge or an AI statement comes from: a source type that names the feature's
 * kind of thing (the constants of {@link SourceTypes}: {@code company_content}, {@code goal}, ...) and that
 * thing's id within the tenant. Citations and knowledge chunks both point at sources this way.
 */
public record SourceRef(String type, String id) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    public SourceRef {
        Objects.requireNonNull(type, "source type");
        Objects.requireNonNull(id, "source id");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("source type must be lower case letters, digits or _: " + type);
        }
        if (id.isBlank() || id.length() > 200) {
            throw new IllegalArgumentException("source id must be 1 to 200 characters");
        }
    }

    public static SourceRef of(String type, Object id) {
        return new SourceRef(type, String.valueOf(id));
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
