package io.kadens.competencies;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The free-text competency values that refer to no competency (left over from before feedback and training items
 * referred to competencies by id), for HR admins: the report, and mapping one value to a competency.
 */
@RestController
@RequestMapping("/api/v1/competencies/migration-leftovers")
class CompetencyLeftoversApi {

    private final CompetencyLeftovers leftovers;

    CompetencyLeftoversApi(CompetencyLeftovers leftovers) {
        this.leftovers = leftovers;
    }

    @GetMapping
    @Operation(summary = "Free-text competency values on feedback and training items that match no competency, "
            + "with their counts and where they are used (HR admins)")
    List<CompetencyLeftover> report() {
        return leftovers.report();
    }

    record MapRequest(String value, UUID competencyId) {
    }

    @PostMapping("/map")
    @Operation(summary = "Links every use of a leftover value to a competency, all of them or none (HR admins)")
    CompetencyLeftovers.Mapped map(@RequestBody MapRequest request) {
        return leftovers.map(request.value(), request.competencyId());
    }
}
