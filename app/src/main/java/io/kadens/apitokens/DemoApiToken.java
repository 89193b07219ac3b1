package io.kadens.apitokens;

/**
 * A token demo start-up created for a demo login, to print in demo mode's start-up banner and nowhere
 * else: its {@code toString} leaves the token out, so logging the record by mistake shows no token.
 */
public record DemoApiToken(String organisation, String email, String token) {

    @Override
    public String toString() {
        return "DemoApiToken[organisation=" + organisation + ", email=" + email + ", token=(hidden)]";
    }
}
