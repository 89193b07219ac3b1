package io.kadens.people;

import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The people directory over REST. Another tenant's ids answer 404, exactly like ids that never existed. */
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

    @GetMapping("/people")
    List<DirectoryEntry> search(@RequestParam(name = "q", defaultValue = "") String query,
                                @RequestParam(name = "department", required = false) UUID department) {
        return people.search(query, department);
    }

    @GetMapping("/people/{id}")
    ResponseEntity<ProfileResponse> profile(@PathVariable UUID id) {
        return people.profile(id)
                .map(p -> new ProfileResponse(p.person(), p.privateDetails().orElse(null), p.reportingLine(),
                        p.directReports()))
                .map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/departments")
    List<DepartmentHeadcount> departments() {
        return people.headcounts();
    }
}
