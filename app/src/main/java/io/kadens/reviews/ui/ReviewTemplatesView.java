package io.kadens.reviews.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.reviews.Criterion;
import io.kadens.reviews.GoalWeighting;
import io.kadens.reviews.QuestionKind;
import io.kadens.reviews.ReviewForm;
import io.kadens.reviews.ReviewTemplate;
import io.kadens.reviews.ReviewTemplates;
import io.kadens.reviews.TemplateDraft;
import io.kadens.reviews.TemplateQuestion;
import io.kadens.reviews.TemplateSection;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Review templates for HR admins: the list, and an editor of names, sections and questions in English and
 * Swedish. Saving appends a version; cycles that launched with an earlier one keep it.
 */
@Route("admin/reviews")
@Menu(order = 38, title = "reviews.admin.nav", icon = "vaadin:clipboard-check")
@RolesAllowed(Role.HR_ADMIN_NAME)
class ReviewTemplatesView extends Main implements PageTitles.Translated {

    private final transient ReviewTemplates templates;
    private final Grid<ReviewTemplate> list = new Grid<>();
    private final Div editorHost = new Div();

    ReviewTemplatesView(ReviewTemplates templates) {
        this.templates = templates;
        addClassName("k-page");
        add(new H1(getTranslation("reviews.admin.heading")));
        Paragraph intro = new Paragraph(getTranslation("reviews.admin.intro"));
        intro.addClassName("k-muted");
        Button create = new Button(getTranslation("reviews.admin.new"), VaadinIcon.PLUS.create(),
                click -> edit(null, ReviewTemplates.starter()));
        create.setId("reviews-template-new");
        list.setId("reviews-templates");
        list.setAllRowsVisible(true);
        list.addColumn(t -> t.current().name(getLocale())).setHeader(getTranslation("reviews.admin.col.name"))
                .setFlexGrow(3);
        list.addColumn(t -> t.current().number()).setHeader(getTranslation("reviews.admin.col.version"));
        list.addColumn(t -> getTranslation(t.archived() ? "reviews.admin.archived" : "reviews.admin.active"))
                .setHeader(getTranslation("reviews.admin.col.status"));
        list.addComponentColumn(t -> {
            Button open = new Button(getTranslation("reviews.admin.edit"), click -> edit(t, null));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.getElement().setAttribute("aria-label",
                    getTranslation("reviews.admin.edit-named", t.current().name(getLocale())));
            return open;
        }).setHeader(getTranslation("reviews.admin.col.actions"));
        Div card = new Div(new H2(getTranslation("reviews.admin.templates")), intro, create, list);
        card.addClassName("k-card");
        add(card, editorHost);
        refresh();
    }

    private void refresh() {
        list.setItems(templates.templates());
    }

    private void edit(ReviewTemplate template, TemplateDraft starter) {
        editorHost.removeAll();
        editorHost.add(new Editor(template, starter != null ? starter
                : new TemplateDraft(template.current().nameEn(), template.current().nameSv(),
                template.current().sections())));
    }

    /** The editor of one template (or a new one, prefilled from the starter). */
    private final class Editor extends Div {

        private final ReviewTemplate template;
        private final TextField nameEn = new TextField(getTranslation("reviews.admin.name-en"));
        private final TextField nameSv = new TextField(getTranslation("reviews.admin.name-sv"));
        private final List<SectionRows> sections = new ArrayList<>();
        private final Div sectionsHost = new Div();
        private final Paragraph formError = new Paragraph();
        private final FieldErrors fieldErrors = new FieldErrors().focusingFirstInvalid();

        Editor(ReviewTemplate template, TemplateDraft draft) {
            this.template = template;
            addClassName("k-card");
            setId("reviews-template-editor");
            add(new H2(getTranslation(template == null ? "reviews.admin.new-heading" : "reviews.admin.edit-heading")));
            if (template != null) {
                Paragraph version = new Paragraph(getTranslation("reviews.admin.version-note", template.current().number()));
                version.addClassName("k-muted");
                add(version);
            }
            nameEn.setId("reviews-template-name-en");
            nameSv.setId("reviews-template-name-sv");
            for (TextField name : List.of(nameEn, nameSv)) {
                name.setMaxLength(ReviewTemplates.MAX_NAME);
                name.setWidth("min(100%, 360px)");
                name.setRequiredIndicatorVisible(true);
            }
            nameEn.setValue(draft.nameEn());
            nameSv.setValue(draft.nameSv());
            draft.sections().forEach(s -> sections.add(new SectionRows(s)));
            formError.setId("reviews-template-error");
            formError.getElement().setAttribute("role", "alert");
            formError.getStyle().set("color", "var(--lumo-error-text-color)");
            Button addSection = new Button(getTranslation("reviews.admin.add-section"), VaadinIcon.PLUS.create(), click -> {
                sections.add(new SectionRows(new TemplateSection(null, "", "", List.of())));
                renderAll();
            });
            addSection.setId("reviews-template-add-section");
            Button save = new Button(getTranslation("reviews.admin.save"), click -> save());
            save.setId("reviews-template-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout actions = new HorizontalLayout(addSection, save);
            if (template != null) {
                Button archive = new Button(getTranslation(template.archived() ? "reviews.admin.restore" : "reviews.admin.archive"),
                        click -> archive());
                archive.setId("reviews-template-archive");
                actions.add(archive);
            }
            add(new HorizontalLayout(nameEn, nameSv), sectionsHost, formError, actions);
            renderAll();
        }

        private void renderAll() {
            sectionsHost.removeAll();
            for (int i = 0; i < sections.size(); i++) {
                sectionsHost.add(sections.get(i).render(i));
            }
        }

        private TemplateDraft draft() {
            return new TemplateDraft(nameEn.getValue(), nameSv.getValue(),
                    sections.stream().map(SectionRows::section).toList());
        }

        private void save() {
            formError.setText("");
            fieldErrors.bindAll(bindings());
            try {
                ReviewTemplate saved = template == null ? templates.create(draft())
                        : templates.update(template.id(), draft(), template.version());
                Toast.success(getTranslation("reviews.admin.saved", saved.current().number()));
                refresh();
                edit(saved, null);
            } catch (InvalidInputException refused) {
                fieldErrors.show(normalise(refused.fieldErrors()), key -> getTranslation(key), formError::setText);
            } catch (ConcurrentEditException stale) {
                formError.setText(getTranslation("reviews.admin.stale"));
            }
        }

        private void archive() {
            try {
                ReviewTemplate saved = templates.setArchived(template.id(), !template.archived(), template.version());
                Toast.success(getTranslation(saved.archived() ? "reviews.admin.archived-done" : "reviews.admin.restored-done"));
                refresh();
                edit(saved, null);
            } catch (ConcurrentEditException stale) {
                formError.setText(getTranslation("reviews.admin.stale"));
            }
        }

        /** A criterion's own error shows at the question's criteria text area. */
        private Map<String, String> normalise(Map<String, String> errors) {
            Map<String, String> result = new LinkedHashMap<>();
            errors.forEach((field, key) -> result.putIfAbsent(field.replaceAll("(\\.criteria)\\[\\d+]\\..*$", "$1"), key));
            return result;
        }

        private Map<String, HasValidation> bindings() {
            Map<String, HasValidation> byName = new HashMap<>();
            byName.put("nameEn", nameEn);
            byName.put("nameSv", nameSv);
            for (int s = 0; s < sections.size(); s++) {
                SectionRows section = sections.get(s);
                String at = "sections[" + s + "]";
                byName.put(at + ".titleEn", section.titleEn);
                byName.put(at + ".titleSv", section.titleSv);
                for (int q = 0; q < section.questions.size(); q++) {
                    QuestionRow row = section.questions.get(q);
                    String qat = at + ".questions[" + q + "]";
                    byName.put(qat + ".textEn", row.textEn);
                    byName.put(qat + ".textSv", row.textSv);
                    byName.put(qat + ".forms", row.forms);
                    byName.put(qat + ".criteria", row.criteria);
                }
            }
            return byName;
        }

        /** One section's inputs. */
        private final class SectionRows {
            private final UUID id;
            private final TextField titleEn = new TextField(getTranslation("reviews.admin.section-en"));
            private final TextField titleSv = new TextField(getTranslation("reviews.admin.section-sv"));
            private final List<QuestionRow> questions = new ArrayList<>();

            SectionRows(TemplateSection section) {
                id = section.id();
                titleEn.setValue(section.titleEn() == null ? "" : section.titleEn());
                titleSv.setValue(section.titleSv() == null ? "" : section.titleSv());
                for (TextField title : List.of(titleEn, titleSv)) {
                    title.setMaxLength(ReviewTemplates.MAX_NAME);
                    title.setWidth("min(100%, 320px)");
                }
                section.questions().forEach(q -> questions.add(new QuestionRow(q)));
            }

            TemplateSection section() {
                return new TemplateSection(id, titleEn.getValue(), titleSv.getValue(),
                        questions.stream().map(QuestionRow::question).toList());
            }

            Component render(int index) {
                String name = getTranslation("reviews.admin.section-n", index + 1);
                titleEn.setId("reviews-section-" + index + "-en");
                titleSv.setId("reviews-section-" + index + "-sv");
                H3 heading = new H3(name);
                HorizontalLayout titleLine = new HorizontalLayout(titleEn, titleSv,
                        icon(VaadinIcon.ARROW_UP, getTranslation("reviews.admin.up", name), index > 0,
                                () -> move(sections, index, index - 1)),
                        icon(VaadinIcon.ARROW_DOWN, getTranslation("reviews.admin.down", name), index < sections.size() - 1,
                                () -> move(sections, index, index + 1)),
                        icon(VaadinIcon.TRASH, getTranslation("reviews.admin.remove", name), true, () -> {
                            sections.remove(index);
                            renderAll();
                        }));
                titleLine.setWrap(true);
                titleLine.setAlignItems(FlexComponent.Alignment.BASELINE);
                Div box = new Div(heading, titleLine);
                box.addClassName("k-review-section");
                box.getElement().setAttribute("role", "group");
                box.getElement().setAttribute("aria-label", name);
                box.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("padding-top", "var(--lumo-space-s)");
                for (int q = 0; q < questions.size(); q++) {
                    box.add(questions.get(q).render(this, index, q));
                }
                Button addQuestion = new Button(getTranslation("reviews.admin.add-question"), VaadinIcon.PLUS.create(), click -> {
                    questions.add(new QuestionRow(new TemplateQuestion(null, QuestionKind.TEXT, "", "",
                            java.util.EnumSet.of(ReviewForm.SELF, ReviewForm.MANAGER), false, List.of(), null)));
                    renderAll();
                });
                addQuestion.setId("reviews-section-" + index + "-add-question");
                addQuestion.getElement().setAttribute("aria-label", getTranslation("reviews.admin.add-question-to", name));
                box.add(addQuestion);
                return box;
            }
        }

        /** One question's inputs. */
        private final class QuestionRow {
            private final UUID id;
            private final Select<QuestionKind> kind = new Select<>();
            private final TextField textEn = new TextField(getTranslation("reviews.admin.question-en"));
            private final TextField textSv = new TextField(getTranslation("reviews.admin.question-sv"));
            private final CheckboxGroup<ReviewForm> forms = new CheckboxGroup<>(getTranslation("reviews.admin.forms"));
            private final Checkbox required = new Checkbox(getTranslation("reviews.admin.required"));
            private final TextArea criteria = new TextArea(getTranslation("reviews.admin.criteria"));
            private final Select<GoalWeighting> weighting = new Select<>();
            private final List<Criterion> knownCriteria;

            QuestionRow(TemplateQuestion question) {
                id = question.id();
                knownCriteria = question.criteria();
                kind.setLabel(getTranslation("reviews.admin.kind"));
                kind.setItems(QuestionKind.values());
                kind.setItemLabelGenerator(k -> getTranslation("reviews.kind." + k.name()));
                kind.setValue(question.kind());
                kind.addValueChangeListener(change -> showKindFields());
                textEn.setValue(question.textEn() == null ? "" : question.textEn());
                textSv.setValue(question.textSv() == null ? "" : question.textSv());
                for (TextField text : List.of(textEn, textSv)) {
                    text.setMaxLength(ReviewTemplates.MAX_TEXT);
                    text.setWidth("min(100%, 360px)");
                }
                forms.setItems(ReviewForm.values());
                forms.setItemLabelGenerator(f -> getTranslation("reviews.form." + f.name()));
                forms.setValue(question.forms());
                required.setValue(question.required());
                criteria.setHelperText(getTranslation("reviews.admin.criteria-help"));
                criteria.setWidth("min(100%, 480px)");
                criteria.setValue(String.join("\n", question.criteria().stream()
                        .map(c -> c.nameEn() + " | " + c.nameSv()).toList()));
                weighting.setLabel(getTranslation("reviews.admin.weighting"));
                weighting.setItems(GoalWeighting.values());
                weighting.setItemLabelGenerator(w -> getTranslation("reviews.weighting." + w.name()));
                weighting.setValue(question.goalWeighting() == null ? GoalWeighting.EQUAL : question.goalWeighting());
                showKindFields();
            }

            private void showKindFields() {
                QuestionKind k = kind.getValue();
                criteria.setVisible(k != null && k.hasCriteria());
                weighting.setVisible(k == QuestionKind.GOAL_RATING);
                if (k == QuestionKind.COMPETENCY_RATING) {
                    criteria.setLabel(getTranslation("reviews.admin.criteria-competencies"));
                } else if (k == QuestionKind.LEADERSHIP) {
                    criteria.setLabel(getTranslation("reviews.admin.criteria-leadership"));
                }
            }

            TemplateQuestion question() {
                QuestionKind k = kind.getValue();
                List<Criterion> parsed = k != null && k.hasCriteria() ? parseCriteria() : List.of();
                return new TemplateQuestion(id, k, textEn.getValue(), textSv.getValue(), forms.getValue(),
                        required.getValue(), parsed, k == QuestionKind.GOAL_RATING ? weighting.getValue() : null);
            }

            /** "English | Svenska" per line; a criterion whose English name is unchanged keeps its key. */
            private List<Criterion> parseCriteria() {
                List<Criterion> parsed = new ArrayList<>();
                for (String line : criteria.getValue().split("\\R")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    int bar = line.indexOf('|');
                    String en = (bar < 0 ? line : line.substring(0, bar)).strip();
                    String sv = bar < 0 ? "" : line.substring(bar + 1).strip();
                    String key = knownCriteria.stream().filter(c -> c.nameEn().equals(en)).map(Criterion::key)
                            .findFirst().orElse(null);
                    parsed.add(new Criterion(key, en, sv));
                }
                return parsed;
            }

            Component render(SectionRows section, int sectionIndex, int index) {
                String name = getTranslation("reviews.admin.question-n", sectionIndex + 1, index + 1);
                String prefix = "reviews-question-" + sectionIndex + "-" + index;
                textEn.setId(prefix + "-en");
                textSv.setId(prefix + "-sv");
                kind.setId(prefix + "-kind");
                criteria.setId(prefix + "-criteria");
                HorizontalLayout first = new HorizontalLayout(kind, textEn, textSv);
                first.setWrap(true);
                first.setAlignItems(FlexComponent.Alignment.BASELINE);
                HorizontalLayout second = new HorizontalLayout(forms, required, weighting,
                        icon(VaadinIcon.ARROW_UP, getTranslation("reviews.admin.up", name), index > 0,
                                () -> move(section.questions, index, index - 1)),
                        icon(VaadinIcon.ARROW_DOWN, getTranslation("reviews.admin.down", name),
                                index < section.questions.size() - 1, () -> move(section.questions, index, index + 1)),
                        icon(VaadinIcon.TRASH, getTranslation("reviews.admin.remove", name), true, () -> {
                            section.questions.remove(index);
                            renderAll();
                        }));
                second.setWrap(true);
                second.setAlignItems(FlexComponent.Alignment.BASELINE);
                Div box = new Div(first, second, criteria);
                box.getElement().setAttribute("role", "group");
                box.getElement().setAttribute("aria-label", name);
                box.getStyle().set("margin", "var(--lumo-space-s) 0 var(--lumo-space-m) var(--lumo-space-m)");
                return box;
            }
        }

        private <T> void move(List<T> items, int from, int to) {
            items.add(to, items.remove(from));
            renderAll();
        }

        private Button icon(VaadinIcon icon, String label, boolean enabled, Runnable action) {
            Button button = new Button(icon.create(), click -> action.run());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            button.getElement().setAttribute("aria-label", label);
            button.getElement().setAttribute("title", label);
            button.setEnabled(enabled);
            return button;
        }
    }

    @Override
    public String titleKey() {
        return "reviews.admin.heading";
    }
}
