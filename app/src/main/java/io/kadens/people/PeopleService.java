package io.kadens.people;

import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading people, with the access rules enforced here rather than in views: everyone in the
 * tenant sees the directory fields; private fields are for the person, their manager chain and
 * HR admins. The operator sees no one. Row-level security confines all of it to the tenant.
 */
@Service
@Transactional(readOnly = true)
public class PeopleService {

    static final int SEARCH_LIMIT = 200;

    private final PeopleRepository people;
    private final CurrentUser currentUser;

    PeopleService(PeopleRepository people, CurrentUser currentUser) {
        this.people = people;
        this.currentUser = currentUser;
    }

    public List<DirectoryEntry> search(String query) {
        return search(query, null);
    }

    /** Every word must match name, email, title or department; optionally within one department. */
    public List<DirectoryEntry> search(String query, UUID departmentId) {
        requireTenantUser();
        return people.search(query, departmentId, SEARCH_LIMIT);
    }

    public Optional<DirectoryEntry> find(UUID id) {
        requireTenantUser();
        return people.find(id);
    }

    public Optional<PersonProfile> profile(UUID id) {
        KadensUser viewer = requireTenantUser();
        return people.find(id).map(person -> new PersonProfile(person,
                maySeePrivateDetails(viewer, id) ? people.privateDetails(id) : Optional.empty(),
                people.managersAbove(id), people.directReports(id)));
    }

    public HomeOverview homeOverview() {
        KadensUser viewer = requireTenantUser();
        DirectoryEntry me = people.find(viewer.personId())
                .orElseThrow(() -> new AccessDeniedException("signed-in person no longer exists"));
        Optional<DirectoryEntry> manager = Optional.ofNullable(me.managerId()).flatMap(people::find);
        List<DirectoryEntry> peers = me.managerId() == null ? List.of() : people.peers(me.id(), me.managerId());
        Optional<DepartmentHeadcount> department = Optional.ofNullable(me.departmentId()).flatMap(people::headcount);
        return new HomeOverview(me, manager, peers, people.directReports(me.id()), department);
    }

    public List<DepartmentHeadcount> headcounts() {
        requireTenantUser();
        return people.headcounts();
    }

    /** The signed-in person's language for Kadens, kept for their next sign-in. */
    @Transactional
    public void setMyLanguage(String language) {
        KadensUser me = requireTenantUser();
        if (!"en".equals(language) && !"sv".equals(language)) {
            throw new IllegalArgumentException("person.locale.invalid");
        }
        people.updatePreferredLocale(me.personId(), language);
    }

    private boolean maySeePrivateDetails(KadensUser viewer, UUID personId) {
        return viewer.personId().equals(personId)
                || viewer.has(Role.HR_ADMIN)
                || people.managesDirectlyOrIndirectly(viewer.personId(), personId);
    }

    private KadensUser requireTenantUser() {
        KadensUser user = currentUser.require();
        if (user.isOperator()) {
            throw new AccessDeniedException("the operator sees no tenant's people");
        }
        return user;
    }
}
