package io.kadens.security;

import java.util.Optional;

/**
 * Checks the token of an {@code Authorization: Bearer} request to the REST API. The feature that
 * issues tokens implements it; security only asks it, so it depends on no token feature.
 */
public interface BearerTokens {

    /**
     * Who a token authenticates as, with exactly the rights sign-in would give them, and whether the
     * token may only read; empty for an unknown, forged, expired or revoked token, a deactivated person
     * or a suspended organisation.
     */
    Optional<BearerAccess> authenticate(String token);

    /**
     * A token's holder and its scope.
     *
     * @param readOnly true for a token that may only read: it is refused every method but GET, HEAD and OPTIONS
     */
    record BearerAccess(KadensUser user, boolean readOnly) {
    }
}
