package io.kadens.competencies.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.competencies.CareerPaths;
import io.kadens.competencies.CareerStep;
import io.kadens.competencies.TargetRole;
import io.kadens.frontend.EmptyState;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.people.JobFamily;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where one can go from here: the next level of one's job family and the lateral moves HR allows, each
 * with the competency levels it asks for, and one's target role (which one's manager sees).
 */
@Route("career")
@Menu(order = 10, title = "careers.nav", icon = "vaadin:road-branches")
@RolesAllowed(Role.EMPLOYEE_NAME)
class CareerView extends Main implements PageTitles.Translated {

    private final transient CareerPaths careers;
    private final transient CurrentUser currentUser;
    private final Div content = new Div();

    CareerView(CareerPaths careers, CurrentUser currentUser) {
        this.careers = careers;
        this.currentUser = currentUser;
        addClassName("k-page");
        add(new H1(getTranslation("careers.heading")), content);
        show();
    }

    private void show() {
        content.removeAll();
        List<JobFamily> families = careers.jobFamilies();
        Map<UUID, String> levelNames = new HashMap<>();
        List<UUID> levels = new ArrayList<>();
        families.forEach(f -> f.levels().forEach(l -> {
            levelNames.put(l.id(), f.name() + " – " + l.name());
            levels.add(l.id());
        }));
        Optional<UUID> mine = careers.myLevel();
        Optional<TargetRole> target = careers.target(currentUser.require().personId());

        Div targetSection = new Div(new H2(getTranslation("careers.target")));
        targetSection.addClassName("k-card");
        Paragraph current = new Paragraph(mine.map(id -> getTranslation("careers.current", levelNames.get(id)))
                .orElse(getTranslation("careers.current.none")));
        current.setId("career-current");
        targetSection.add(current);
        Select<UUID> choice = new Select<>();
        choice.setId("career-target");
        choice.setLabel(getTranslation("careers.target.choose"));
        choice.setItems(levels);
        choice.setItemLabelGenerator(levelNames::get);
        choice.setHelperText(getTranslation("careers.target.helper"));
        target.ifPresent(t -> choice.setValue(t.jobLevelId()));
        long version = target.map(TargetRole::version).orElse(-1L);
        Button save = new Button(getTranslation("careers.target.save"), click -> {
            try {
                careers.setMyTarget(choice.getValue(), version);
                Toast.success(getTranslation("careers.target.saved"));
            } catch (InvalidInputException refused) {
                choice.setInvalid(true);
                choice.setErrorMessage(getTranslation("careers.level.unknown"));
                return;
            } catch (ConcurrentEditException conflict) {
                Toast.error(getTranslation("competencies.conflict"));
            }
            show();
        });
        save.setId("career-target-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(save);
        if (target.isPresent()) {
            Button clear = new Button(getTranslation("careers.target.clear"), click -> {
                try {
                    careers.clearMyTarget(version);
                    Toast.success(getTranslation("careers.target.cleared"));
                } catch (ConcurrentEditException conflict) {
                    Toast.error(getTranslation("competencies.conflict"));
                }
                show();
            });
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(clear);
        }
        targetSection.add(choice, actions);
        if (target.isPresent()) {
            targetSection.add(deltas(careers.deltas(mine.orElse(null), target.get().jobLevelId()),
                    getTranslation("careers.target.deltas", levelNames.get(target.get().jobLevelId()))));
        }
        content.add(targetSection);

        Div paths = new Div(new H2(getTranslation("careers.paths")));
        paths.setId("career-paths");
        if (mine.isEmpty()) {
            paths.add(new EmptyState(getTranslation("careers.paths.no-level"), getTranslation("careers.paths.no-level.help")));
        } else {
            List<CareerStep> steps = careers.stepsFrom(mine.get());
            if (steps.isEmpty()) {
                paths.add(new Paragraph(getTranslation("careers.paths.none")));
            }
            for (CareerStep step : steps) {
                String title = getTranslation(step.kind() == CareerStep.Kind.NEXT_LEVEL ? "careers.kind.next"
                        : "careers.kind.lateral", step.toFamilyName() + " – " + step.toLevelName());
                paths.add(deltas(step, title));
            }
        }
        content.add(paths);
    }

    private Div deltas(CareerStep step, String title) {
        Div block = new Div(new H3(title));
        block.addClassName("k-card");
        if (step.deltas().isEmpty()) {
            block.add(new Paragraph(getTranslation("careers.deltas.none")));
            return block;
        }
        NativeTable table = new NativeTable();
        table.getElement().setAttribute("aria-label", getTranslation("careers.deltas.caption", title));
        NativeTableRow headRow = new NativeTableRow();
        for (String key : List.of("assessments.competency", "careers.deltas.from", "careers.deltas.to", "careers.deltas.change")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        }
        NativeTableHeader head = new NativeTableHeader();
        head.add(headRow);
        NativeTableBody body = new NativeTableBody();
        for (CareerStep.Delta delta : step.deltas()) {
            NativeTableHeaderCell name = new NativeTableHeaderCell(delta.name());
            name.getElement().setAttribute("scope", "row");
            body.add(new NativeTableRow(name,
                    new NativeTableCell(delta.from() == null ? getTranslation("assessments.none") : String.valueOf(delta.from())),
                    new NativeTableCell(delta.to() == null ? getTranslation("assessments.none") : String.valueOf(delta.to())),
                    new NativeTableCell((delta.change() > 0 ? "+" : "") + delta.change())));
        }
        table.add(head, body);
        block.add(table);
        return block;
    }

    @Override
    public String titleKey() {
        return "careers.heading";
    }
}
