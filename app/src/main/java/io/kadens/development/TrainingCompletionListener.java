package io.kadens.development;

import io.kadens.learning.TrainingCompleted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Completing a training item moves the person's plan: their open formal-learning actions on the item are
 * done, and their manager is prompted to revisit the assessment. Runs before the completing transaction
 * commits, so both stand or fall together.
 */
@Component
class TrainingCompletionListener {

    private final DevelopmentPlans plans;

    TrainingCompletionListener(DevelopmentPlans plans) {
        this.plans = plans;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(TrainingCompleted completed) {
        plans.trainingCompleted(completed.personId(), completed.trainingItemId());
    }
}
