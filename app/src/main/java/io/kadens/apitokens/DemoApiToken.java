package io.kadens.apitokens;

/** A token demo start-up created for a demo login, to print next to it. */
public record DemoApiToken(String organisation, String email, String token) {
}
