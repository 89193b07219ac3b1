package io.kadens.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The people directory over REST. Another tenant's ids answer 404, exactly like ids that never existed. */
@Tag(name = "People", description = "The people directory and profiles; private fields only for the person, their managers and HR admins.")
@RestController
@RequestMapping("/api/v1")
class PeopleApi {

    private final PeopleService people;
    private final PeopleAdministration administration;
    private final OrganisationStructure structure;

    PeopleApi(PeopleService people, PeopleAdministration administration, OrganisationStructure structure) {
        this.people = people;
        this.administration = administration;
        this.structure = structure;
    }

    record ProfileResponse(DirectoryEntry person, PrivateDetails privateDetails, List<DirectoryEntry> reportingLine,
                           List<DirectoryEntry> directReports) {
    }

    @Operation(summary = "Search the directory by name, email or department")
    @GetMapping("/people")
    List<DirectoryEntry> search(@RequestParam(name = "q", defaultValue = "") String query,
                                @RequestParam(name = "department", required = false) UUID department) {
        return people.search(query, department);
    }

    @Operation(summary = "One person's profile: 404 for unknown ids and other organisations' ids")
    @GetMapping("/people/{id}")
    ResponseEntity<ProfileResponse> profile(@PathVariable UUID id) {
        return people.profile(id)
                .map(p -> new ProfileResponse(p.person(), p.privateDetails().orElse(null), p.reportingLine(),
                        p.directReports()))
                .map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }

    /** A colleague's photo (a directory field); 404 when there is none or the person is not in the tenant. */
    @GetMapping("/people/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable UUID id) {
        return people.photo(id)
                .map(photo -> ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                        .cacheControl(CacheControl.noCache().cachePrivate()).body(photo.data()))
                .orElse(ResponseEntity.notFound().build());
    }

    /** The top of the org chart, with headcounts. */
    @GetMapping("/org-chart")
    List<OrgChartNode> orgChartRoots() {
        return people.orgChartRoots();
    }

    /** One manager's direct reports in the org chart, with headcounts. */
    @GetMapping("/org-chart/{managerId}")
    ResponseEntity<List<OrgChartNode>> orgChartChildren(@PathVariable UUID managerId) {
        if (people.find(managerId).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(people.orgChartChildren(managerId));
    }

    @GetMapping("/teams")
    List<Team> teams() {
        return structure.teams();
    }

    @GetMapping("/job-families")
    List<JobFamily> jobFamilies() {
        return structure.jobFamilies();
    }

    /** The HR admin's people list, inactive people included; 403 for everyone else. */
    @GetMapping("/admin/people")
    List<AdminPersonRow> adminList(@RequestParam(name = "q", defaultValue = "") String query,
                                   @RequestParam(name = "status", required = false) PersonStatus status,
                                   @RequestParam(name = "offset", defaultValue = "0") int offset,
                                   @RequestParam(name = "limit", defaultValue = "100") int limit) {
        return administration.list(new PeopleFilter(query, null, null, null, status, null), Math.max(0, offset),
                Math.clamp(limit, 1, 500));
    }

    /** One person as HR edits them, with the version an update must carry. */
    @GetMapping("/admin/people/{id}")
    ResponseEntity<EditablePerson> editable(@PathVariable UUID id) {
        return administration.editable(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    /** Replaces a person's fields; {@code version} is the one read. 400 with field messages, 409 when someone saved first. */
    @PutMapping("/admin/people/{id}")
    ResponseEntity<EditablePerson> update(@PathVariable UUID id, @RequestParam("version") long version,
                                          @RequestBody PersonFields changes) {
        if (administration.editable(id).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        administration.update(id, changes, version);
        return administration.editable(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    @Operation(summary = "Departments with their headcounts")
    @GetMapping("/departments")
    List<DepartmentHeadcount> departments() {
        return people.headcounts();
    }
}
