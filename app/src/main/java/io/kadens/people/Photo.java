package io.kadens.people;

/** A person's photo as stored: at most {@link #MAX_BYTES}, PNG, JPEG or WebP. */
public record Photo(String contentType, byte[] data) {

    public static final int MAX_BYTES = 512 * 1024;

    public Photo {
        if (!contentType.equals("image/png") && !contentType.equals("image/jpeg") && !contentType.equals("image/webp")) {
            throw new IllegalArgumentException("person.photo.type");
        }
        if (data.length == 0 || data.length > MAX_BYTES) {
            throw new IllegalArgumentException("person.photo.size");
        }
    }
}
