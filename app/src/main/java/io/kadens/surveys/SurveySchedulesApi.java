package io.kadens.surveys;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Recurring surveys over REST, for HR admins (others get 403; another tenant's schedule answers 404). */
@RestController
@RequestMapping("/api/v1/survey-schedules")
@Tag(name = "Survey schedules", description = "Recurring pulse, engagement and process surveys: each run opens on its "
        + "date once per cluster and closes the previous run; people who have not answered are reminded (issue 16)")
class SurveySchedulesApi {

    private final SurveySchedules schedules;

    SurveySchedulesApi(SurveySchedules schedules) {
        this.schedules = schedules;
    }

    record Created(UUID id) {
    }

    record Active(long version, boolean active) {
    }

    record Version(long version) {
    }

    @GetMapping
    @Operation(summary = "Every survey schedule of the tenant, newest first (HR admins)")
    List<SurveySchedule> all() {
        return schedules.all();
    }

    @PostMapping
    @Operation(summary = "Schedules a survey every 1, 3, 6 or 12 months from a first date (HR admins)")
    ResponseEntity<Created> create(@RequestBody NewSurveySchedule schedule) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(schedules.create(schedule)));
    }

    @PostMapping("/{id}/active")
    @Operation(summary = "Stops or resumes a schedule (HR admins; optimistic locking)")
    Version setActive(@PathVariable UUID id, @RequestBody Active active) {
        return new Version(schedules.setActive(id, active.version(), active.active()));
    }
}
