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

    /** The top of the org chart: active people without a manager, with their headcounts. */
    public List<OrgChartNode> orgChartRoots() {
        requireTenantUser();
        return people.orgChartRoots();
    }

    /** A manager's direct reports for the org chart, each with their own headcount; loaded one level at a time. */
    public List<OrgChartNode> orgChartChildren(UUID managerId) {
        requireTenantUser();
        return people.orgChartChildren(managerId);
    }

    /** The managers above a person, nearest first: what the org chart expands to reveal them. */
    public List<UUID> managerChain(UUID personId) {
        requireTenantUser();
        return people.managerIdsAbove(personId);
    }

    /**
     * Everyone under a manager at any depth (active and inactive), for features that work on a
     * manager's whole organisation. A manager may ask for their own; HR admins for anyone's.
     */
    public List<UUID> everyoneUnder(UUID managerId) {
        KadensUser viewer = requireTenantUser();
        if (!viewer.personId().equals(managerId) && !viewer.has(Role.HR_ADMIN)
                && !people.managesDirectlyOrIndirectly(viewer.personId(), managerId)) {
            throw new AccessDeniedException("only the manager, their managers and HR see a whole organisation");
        }
        return people.everyoneUnder(managerId);
    }

    /** True when {@code managerId} is above {@code personId} in the reporting line, at any depth. */
    public boolean isAbove(UUID managerId, UUID personId) {
        requireTenantUser();
        return people.managesDirectlyOrIndirectly(managerId, personId);
    }

    /** A colleague's photo: a directory field, so every person of the tenant may see it. */
    public Optional<Photo> photo(UUID personId) {
        requireTenantUser();
        return people.photo(personId);
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
