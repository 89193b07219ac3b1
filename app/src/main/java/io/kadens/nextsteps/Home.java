package io.kadens.nextsteps;

import java.time.ZoneId;
import java.util.List;

/**
 * Everything the home page shows besides the people around the reader, built in one transaction.
 *
 * @param zone the tenant's time zone, for showing the items' dates
 */
public record Home(List<NextStep> steps, List<HomeFigure> figures, ZoneId zone) {

    public Home {
        steps = List.copyOf(steps);
        figures = List.copyOf(figures);
    }

    public List<NextStep> steps(NextStep.Audience audience) {
        return steps.stream().filter(step -> step.audience() == audience).toList();
    }
}
