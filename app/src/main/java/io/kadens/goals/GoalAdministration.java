package io.kadens.goals;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Goal cycles and goal settings: everyone in the tenant reads them, HR admins change them.
 * A cycle that has goals cannot be deleted (close it instead).
 */
@Service
public class GoalAdministration {

    /** The tenant's cycles, latest start first. */
    public List<GoalCycle> cycles() {
        throw new UnsupportedOperationException("follows");
    }

    public UUID createCycle(GoalCycleData data) {
        throw new UnsupportedOperationException("follows");
    }

    public void updateCycle(UUID cycleId, long expectedVersion, GoalCycleData data) {
        throw new UnsupportedOperationException("follows");
    }

    public void deleteCycle(UUID cycleId, long expectedVersion) {
        throw new UnsupportedOperationException("follows");
    }

    public GoalSettings settings() {
        throw new UnsupportedOperationException("follows");
    }

    public GoalSettings updateSettings(GoalSettings settings) {
        throw new UnsupportedOperationException("follows");
    }
}
