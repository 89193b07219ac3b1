package io.kadens.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
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

    PeopleApi(PeopleService people) {
        this.people = people;
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

    @Operation(summary = "Departments with their headcounts")
    @GetMapping("/departments")
    List<DepartmentHeadcount> departments() {
        return people.headcounts();
    }
}
