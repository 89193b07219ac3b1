package io.kadens.goals.ui;

import io.kadens.goals.GoalAdministration;
import io.kadens.goals.GoalDetail;
import io.kadens.goals.GoalSummary;
import io.kadens.goals.GoalCopying;
import io.kadens.goals.GoalQueries;
import io.kadens.goals.GoalTracking;
import io.kadens.goals.Goals;
import io.kadens.goals.KeyResult;
import io.kadens.people.Department;
import io.kadens.people.OrganisationStructure;
import io.kadens.people.PeopleService;
import io.kadens.settings.TenantSettingsService;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Opens the goal dialogs (editor, key result, check-in, copy) with what they need, so that the list
 * and the detail open them the same way. Holds no state of its own.
 */
@Component
class GoalEditors {

    private final Goals goals;
    private final GoalQueries goalQueries;
    private final GoalTracking goalTracking;
    private final GoalCopying goalCopying;
    private final GoalAdministration administration;
    private final OrganisationStructure structure;
    private final PeopleService people;
    private final GoalCoachSlot coach;
    private final TenantSettingsService settings;
    private final Clock clock;

    GoalEditors(Goals goals, GoalQueries goalQueries, GoalTracking goalTracking, GoalCopying goalCopying,
                GoalAdministration administration, OrganisationStructure structure, PeopleService people,
                GoalCoachSlot coach, TenantSettingsService settings, Clock clock) {
        this.goals = goals;
        this.goalQueries = goalQueries;
        this.goalTracking = goalTracking;
        this.goalCopying = goalCopying;
        this.administration = administration;
        this.structure = structure;
        this.people = people;
        this.coach = coach;
        this.settings = settings;
        this.clock = clock;
    }

    List<Department> departments() {
        return structure.departments();
    }

    void create(Consumer<UUID> onCreated) {
        open(null, onCreated);
    }

    void edit(GoalDetail detail, Runnable onSaved) {
        open(detail, id -> onSaved.run());
    }

    private void open(GoalDetail detail, Consumer<UUID> onSaved) {
        GoalEditorDialog dialog = new GoalEditorDialog(goals, goalQueries, administration.cycles(), structure.departments(),
                structure.teams(), people.search(""), detail, settings.todayAt(clock), onSaved);
        coach.attach(dialog);
        dialog.open();
        dialog.title.focus();
    }

    void keyResult(UUID goalId, KeyResult existing, Runnable onSaved) {
        new KeyResultDialog(goalTracking, goalId, existing, onSaved).open();
    }

    /** Opens the check-in dialog for a goal the user may see; does nothing when it is gone. */
    void checkIn(UUID goalId, Runnable onDone) {
        goalQueries.detail(goalId).ifPresent(detail -> new CheckInDialog(goalTracking, detail, onDone).open());
    }

    void copy(List<GoalSummary> selected, Runnable onDone) {
        new CopyGoalsDialog(goalCopying, administration.cycles(), selected, settings.todayAt(clock), onDone).open();
    }
}
