package io.kadens.people;

import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantScope;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding departments and people to the bound tenant: for HR admins, and for system work that
 * binds its tenant explicitly (provisioning, demo seeding, imports).
 */
@Service
@Transactional
public class PeopleAdministration {

    private final PeopleRepository people;
    private final CurrentUser currentUser;

    PeopleAdministration(PeopleRepository people, CurrentUser currentUser) {
        this.people = people;
        this.currentUser = currentUser;
    }

    public UUID createDepartment(String name, UUID parentId) {
        requireAdministrator();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("department.name.required");
        }
        return people.insertDepartment(people.boundTenant(), name.trim(), parentId);
    }

    public UUID addPerson(NewPerson person) {
        requireAdministrator();
        if (people.findIdByEmail(person.email()).isPresent()) {
            throw new IllegalArgumentException("person.email.taken");
        }
        if (person.managerId() != null && people.find(person.managerId()).isEmpty()) {
            throw new IllegalArgumentException("person.manager.unknown");
        }
        return people.insertPerson(people.boundTenant(), person);
    }

    private void requireAdministrator() {
        if (TenantScope.explicitTenant().isPresent()) {
            return;
        }
        KadensUser user = currentUser.require();
        if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins manage people");
        }
    }
}
