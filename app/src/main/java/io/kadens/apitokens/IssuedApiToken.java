package io.kadens.apitokens;

/** A token just created: its text is shown once and never again (only its hash is kept). */
public record IssuedApiToken(String token, ApiTokenSummary summary) {
}
