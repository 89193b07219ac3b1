package io.kadens.scim;

/** A token just created: {@code secret} is the bearer token, shown to the HR admin this once. */
public record NewScimToken(ScimToken token, String secret) {
}
