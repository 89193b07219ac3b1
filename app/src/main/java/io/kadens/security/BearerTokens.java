package io.kadens.security;

import java.util.Optional;

/**
 * Checks the token of an {@code Authorization: Bearer} request to the REST API. The feature that
 * issues tokens implements it; security only asks it, so it depends on no token feature.
 */
public interface BearerTokens {

    /**
     * The user a token authenticates as, with exactly the rights sign-in would give them; empty for
     * an unknown, forged, expired or revoked token, a deactivated person or a suspended organisation.
     */
    Optional<KadensUser> authenticate(String token);
}
