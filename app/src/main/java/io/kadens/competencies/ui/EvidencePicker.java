package io.kadens.competencies.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import io.kadens.competencies.Evidence;
import io.kadens.competencies.EvidenceOption;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;

/**
 * Picks the evidence of one rating from the person's goals, feedback received and 1:1 check-ins: a labelled,
 * searchable multi-select (type to filter, arrow keys and Enter to choose) instead of typing ids.
 */
class EvidencePicker extends MultiSelectComboBox<EvidenceOption> {

    EvidencePicker(String competencyName, List<EvidenceOption> options) {
        setLabel(getTranslation("dev13.evidence.label", competencyName));
        setHelperText(options.isEmpty() ? getTranslation("dev13.evidence.none")
                : getTranslation("dev13.evidence.help"));
        addClassName("evidence-picker");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        setItems(options);
        setItemLabelGenerator(option -> getTranslation("dev13.evidence.type." + option.type(),
                option.label() == null ? "" : option.label(), option.date() == null ? "" : date.format(option.date())));
        setClearButtonVisible(true);
        setWidthFull();
        setEnabled(!options.isEmpty());
    }

    Evidence evidence() {
        List<UUID> goals = ids(EvidenceOption.GOAL);
        List<UUID> feedback = ids(EvidenceOption.FEEDBACK);
        List<UUID> checkIns = ids(EvidenceOption.CHECK_IN);
        return new Evidence(goals, feedback, checkIns);
    }

    private List<UUID> ids(String type) {
        return getValue().stream().filter(option -> option.type().equals(type)).map(EvidenceOption::id).toList();
    }
}
