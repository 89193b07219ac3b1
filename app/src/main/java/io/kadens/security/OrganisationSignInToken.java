package io.kadens.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * What a person types to sign in: organisation, email and password; and the client address it came from,
 * which sign-in throttling counts failures by. Never stored.
 */
public final class OrganisationSignInToken extends AbstractAuthenticationToken {

    private final String organisation;
    private final String email;
    private final String clientAddress;
    private transient String password;

    /** An attempt whose client address is not known (counted under "unknown"). */
    public OrganisationSignInToken(String organisation, String email, String password) {
        this(organisation, email, password, null);
    }

    /**
     * @param clientAddress the address the attempt came from: the request's remote address, which is the
     *                      client's own behind a trusted proxy that sends forwarded headers
     */
    public OrganisationSignInToken(String organisation, String email, String password, String clientAddress) {
        super(List.of());
        this.organisation = organisation;
        this.email = email;
        this.password = password;
        this.clientAddress = clientAddress;
        setAuthenticated(false);
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String organisation() {
        return organisation;
    }

    public String email() {
        return email;
    }

    @Override
    public Object getCredentials() {
        return password;
    }

    @Override
    public Object getPrincipal() {
        return organisation + "/" + email;
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        password = null;
    }
}
