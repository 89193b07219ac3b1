package io.kadens.operator;

import io.kadens.ai.AiMode;
import io.kadens.ai.AiSettings;
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
    private final AiSettings aiSettings;

    OperatorConsole(Organisations organisations, CurrentUser currentUser, AiSettings aiSettings) {
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.aiSettings = aiSettings;
    }

    public List<OrganisationOverview> tenants() {
        requireOperator();
        return organisations.overview();
    }

    /** The most AI this deployment offers its tenants. */
    public AiMode deploymentAiMode() {
        requireOperator();
        return aiSettings.deploymentMode();
    }

    private void requireOperator() {
        if (!currentUser.require().has(Role.OPERATOR)) {
            throw new AccessDeniedException("only the operator sees the tenant list");
        }
    }
}
