package io.kadens.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** What a person types to sign in: organisation, email and password. Never stored. */
public final class OrganisationSignInToken extends AbstractAuthenticationToken {

    private final String organisation;
    private final String email;
    private transient String password;

    public OrganisationSignInToken(String organisation, String email, String password) {
        super(List.of());
        this.organisation = organisation;
        this.email = email;
        this.password = password;
        setAuthenticated(false);
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
