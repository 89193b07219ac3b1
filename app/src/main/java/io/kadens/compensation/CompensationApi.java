package io.kadens.compensation;

import io.kadens.competencies.CareerStep;
import io.kadens.platform.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Compensation cycles over REST: set-up (HR admins), proposals and promotion nominations (the manager chain above
 * the person), approvals up the chain and by HR, and the payroll export (HR admins).
 */
@RestController
@RequestMapping("/api/v1/compensation-cycles")
@Tag(name = "Compensation", description = "Compensation cycles, budgets, the merit matrix, raise proposals, promotion "
        + "nominations, approvals and the payroll export.")
class CompensationApi {

    private final CompensationCycles cycles;
    private final CompensationProposals proposals;

    CompensationApi(CompensationCycles cycles, CompensationProposals proposals) {
        this.cycles = cycles;
        this.proposals = proposals;
    }

    @GetMapping
    @Operation(summary = "Every compensation cycle, newest first")
    List<CompensationCycle> cycles() {
        return cycles.cycles();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One compensation cycle")
    CompensationCycle cycle(@PathVariable UUID id) {
        return cycles.cycle(id).orElseThrow(() -> new ResourceNotFoundException("compensation-cycle", id));
    }

    record CycleRequest(String name, UUID reviewCycleId, LocalDate effectiveDate, String currency) {
    }

    @PostMapping
    @Operation(summary = "Open a compensation cycle over a review cycle (HR admin)")
    ResponseEntity<CompensationCycle> create(@RequestBody CycleRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(cycles.create(request.name(), request.reviewCycleId(),
                request.effectiveDate(), request.currency()));
    }

    record VersionRequest(Long version) {
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close a cycle: nothing more is proposed or approved in it (HR admin)")
    CompensationCycle close(@PathVariable UUID id, @RequestBody VersionRequest request) {
        return cycles.close(id, PayApi.requireVersion(request.version()));
    }

    @GetMapping("/{id}/merit-matrix")
    @Operation(summary = "The guideline raise per final rating and compa-ratio band")
    List<MeritCell> matrix(@PathVariable UUID id) {
        return cycles.matrix(id);
    }

    record MatrixRequest(List<MeritCell> cells, Long version) {
    }

    @PutMapping("/{id}/merit-matrix")
    @Operation(summary = "Replace the merit matrix; version is the cycle's (HR admin)")
    List<MeritCell> setMatrix(@PathVariable UUID id, @RequestBody MatrixRequest request) {
        return cycles.setMatrix(id, request.cells() == null ? List.of() : request.cells(),
                PayApi.requireVersion(request.version()));
    }

    @GetMapping("/{id}/budgets")
    @Operation(summary = "Each department's budget with what is used and left")
    List<DepartmentBudget> budgets(@PathVariable UUID id) {
        return cycles.budgets(id);
    }

    record BudgetRequest(DepartmentBudget.Kind kind, BigDecimal value, Long version) {
    }

    @PutMapping("/{id}/budgets/{departmentId}")
    @Operation(summary = "Set a department's budget: an amount or a percentage of its payroll (HR admin)")
    DepartmentBudget setBudget(@PathVariable UUID id, @PathVariable UUID departmentId,
                               @RequestBody BudgetRequest request) {
        return cycles.setBudget(id, departmentId, request.kind(), request.value(),
                PayApi.requireVersion(request.version()));
    }

    @GetMapping("/{id}/worksheet")
    @Operation(summary = "The signed-in manager's direct reports with salary, rating, guideline and proposal")
    List<Proposal> worksheet(@PathVariable UUID id) {
        return proposals.worksheet(id);
    }

    @GetMapping("/{id}/proposals")
    @Operation(summary = "Every saved proposal of the cycle (HR admin)")
    List<Proposal> proposals(@PathVariable UUID id) {
        return proposals.proposals(id);
    }

    @GetMapping("/{id}/proposals/{personId}")
    @Operation(summary = "One person's proposal (the chain above them, HR admins)")
    Proposal proposal(@PathVariable UUID id, @PathVariable UUID personId) {
        return proposals.proposal(id, personId);
    }

    record ProposalRequest(BigDecimal newSalary, UUID targetLevelId, String justification, Long version) {
    }

    @PutMapping("/{id}/proposals/{personId}")
    @Operation(summary = "Propose a raise, a promotion or both for a person below you; version 0 starts it")
    Proposal save(@PathVariable UUID id, @PathVariable UUID personId, @RequestBody ProposalRequest request) {
        return proposals.save(id, personId, request.newSalary(), request.targetLevelId(), request.justification(),
                PayApi.requireVersion(request.version()));
    }

    @PostMapping("/{id}/proposals/{personId}/submit")
    @Operation(summary = "Send a proposal up the manager chain (or to HR)")
    Proposal submit(@PathVariable UUID id, @PathVariable UUID personId, @RequestBody VersionRequest request) {
        return proposals.submit(id, personId, PayApi.requireVersion(request.version()));
    }

    record DecisionRequest(String comment, Long version) {
    }

    @PostMapping("/{id}/proposals/{personId}/approve")
    @Operation(summary = "Approve the step that waits for you: on to the next manager, HR, or approved")
    Proposal approve(@PathVariable UUID id, @PathVariable UUID personId, @RequestBody DecisionRequest request) {
        return proposals.approve(id, personId, request.comment(), PayApi.requireVersion(request.version()));
    }

    @PostMapping("/{id}/proposals/{personId}/return")
    @Operation(summary = "Return the proposal at your step to its writer, with a comment")
    Proposal returnToProposer(@PathVariable UUID id, @PathVariable UUID personId, @RequestBody DecisionRequest request) {
        return proposals.returnToProposer(id, personId, request.comment(), PayApi.requireVersion(request.version()));
    }

    @GetMapping("/{id}/proposals/{personId}/decisions")
    @Operation(summary = "The steps a proposal went through")
    List<Decision> decisions(@PathVariable UUID id, @PathVariable UUID personId) {
        return proposals.decisions(id, personId);
    }

    @GetMapping("/{id}/proposals/{personId}/promotion-check")
    @Operation(summary = "Check a promotion to a level against its expected proficiencies and the final rating")
    PromotionCheck promotionCheck(@PathVariable UUID id, @PathVariable UUID personId,
                                  @RequestParam UUID targetLevelId) {
        return proposals.promotionCheck(id, personId, targetLevelId);
    }

    @GetMapping("/promotion-targets/{personId}")
    @Operation(summary = "The levels a person may be nominated for (the career path's steps out of their level)")
    List<CareerStep> promotionTargets(@PathVariable UUID personId) {
        return proposals.promotionTargets(personId);
    }

    @GetMapping("/awaiting-me")
    @Operation(summary = "Proposals waiting for the signed-in person's approval (with HR for HR admins)")
    List<Proposal> awaitingMe() {
        return proposals.awaitingMe();
    }

    @GetMapping(path = "/{id}/payroll-export", produces = "text/csv")
    @Operation(summary = "The approved changes as CSV for payroll (HR admin)")
    ResponseEntity<String> payrollExport(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"payroll-" + id + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(proposals.payrollCsv(id));
    }
}
