package io.kadens.compensation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/**
 * A person's line in a compensation cycle: what is known (salary, compa-ratio, final rating, the guideline) and
 * what is proposed (a new salary, a promotion to a level, or both), with its status and warnings. A person with
 * no saved proposal has status {@link ProposalStatus#NONE} and version 0.
 *
 * @param guidelinePercent the merit matrix's raise for the person's rating and band; null when either is unknown
 * @param raisePercent     (new - current) / current in percent, two decimals; null without a new salary
 * @param stepApproverId   the manager whose approval is awaited while {@code IN_APPROVAL}
 */
public record Proposal(UUID cycleId, UUID employeeId, String employeeName, UUID departmentId, BigDecimal currentSalary,
                       String currency, BigDecimal compaRatio, CompaBand band, Integer finalRating,
                       BigDecimal guidelinePercent, BigDecimal newSalary, BigDecimal raisePercent, UUID fromLevelId,
                       UUID targetLevelId, String justification, ProposalStatus status, UUID proposedBy,
                       UUID stepApproverId, List<ProposalWarning> warnings, long version) {

    static BigDecimal raisePercent(BigDecimal current, BigDecimal proposed) {
        if (current == null || proposed == null || current.signum() <= 0) {
            return null;
        }
        return proposed.subtract(current).multiply(BigDecimal.valueOf(100)).divide(current, 2, RoundingMode.HALF_UP);
    }

    /** The raise in money; zero without a new salary. */
    public BigDecimal raiseAmount() {
        return newSalary == null || currentSalary == null ? BigDecimal.ZERO : newSalary.subtract(currentSalary);
    }
}
