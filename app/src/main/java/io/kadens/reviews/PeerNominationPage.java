package io.kadens.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One employee's peer nominations in a cycle, as the employee or their manager sees them.
 *
 * @param peerCap       how many peers the employee may nominate (pending and approved ones count)
 * @param nominationOpen whether the employee may still nominate (the cycle runs and the nomination deadline is ahead)
 * @param decisionsOpen  whether the manager may still approve, reject or add (until the peer reviews' deadline)
 */
public record PeerNominationPage(UUID cycleId, String cycleName, UUID subjectId, String subjectName, int peerCap,
                                 LocalDate nominationDeadline, LocalDate peerReviewDeadline, boolean nominationOpen,
                                 boolean decisionsOpen, List<PeerNomination> nominations) {

    public PeerNominationPage {
        nominations = List.copyOf(nominations);
    }

    /** Nominations that hold a place under the cap. */
    public long placesTaken() {
        return nominations.stream().filter(n -> n.status() == NominationStatus.PENDING
                || n.status() == NominationStatus.APPROVED).count();
    }
}
