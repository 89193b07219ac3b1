package io.kadens.reviews.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.kadens.reviews.ReviewWritingChecks.WritingCheck;
import java.util.List;
import java.util.Locale;

/** The advice of the writing checks, refreshed on blur and on save; a polite live region, never a blocker. */
class ChecksPanel extends Div {

    ChecksPanel() {
        setId("review-checks");
        addClassName("k-review-checks");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(List<WritingCheck> checks, Locale locale) {
        removeAll();
        if (checks.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("reviewwriting.checks.heading")));
        add(new Paragraph(getTranslation("reviewwriting.checks.intro")));
        UnorderedList list = new UnorderedList();
        for (WritingCheck check : checks) {
            ListItem item = new ListItem(getTranslation("reviewwriting.check." + check.kind().name(), check.term(),
                    check.strengths(), check.growthAreas()));
            item.getElement().setAttribute("data-check", check.kind().name());
            list.add(item);
        }
        add(list);
    }
}
