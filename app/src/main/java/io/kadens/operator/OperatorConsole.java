package io.kadens.operator;

import io.kadens.organisation.OrganisationOverview;
import io.kadens.organisation.Organisations;
import io.kadens.security.CurrentUser;
import io.kadens.security.Role;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** What the operator may do: see the tenants and their sizes. Nobody else may. */
@Service
public class OperatorConsole {

    private final Organisations organisations;
    private final CurrentUser currentUser;

    OperatorConsole(Organisations organisations, CurrentUser currentUser) {
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    public List<OrganisationOverview> tenants() {
        if (!currentUser.require().has(Role.OPERATOR)) {
            throw new AccessDeniedException("only the operator sees the tenant list");
        }
        return organisations.overview();
    }
}
