package io.kadens.calibration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.kadens.calibration.CalibrationPerson;
import io.kadens.calibration.CalibrationSessions;
import io.kadens.calibration.Evidence;
import io.kadens.reviews.CalibrationReviewEvidence.ReviewEvidence;
import io.kadens.reviews.Pooled360;
import io.kadens.reviews.SharedReview;
import java.text.NumberFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Side-by-side evidence on a session's page: one expandable section per person (a native disclosure, so it opens by
 * keyboard and says whether it is open), whose summary gives the previews, the manager's rating and the final rating,
 * and whose body, read only when opened, shows the manager review's answers and the pooled peer and upward answers
 * (withheld below the anonymity threshold: only the fact that they are withheld is shown).
 */
class EvidenceDetails extends Div {

    private final transient CalibrationSessions sessions;
    private final UUID sessionId;
    private final Function<Integer, String> ratingText;
    private final Function<CalibrationPerson, String> previewsText;

    EvidenceDetails(CalibrationSessions sessions, UUID sessionId, List<CalibrationPerson> people,
                    Function<Integer, String> ratingText, Function<CalibrationPerson, String> previewsText) {
        this.sessions = sessions;
        this.sessionId = sessionId;
        this.ratingText = ratingText;
        this.previewsText = previewsText;
        setId("calibration-evidence");
        addClassName("k-card");
        add(new H3(getTranslation("calibration.evidence.side-by-side")),
                new Paragraph(getTranslation("calibration.evidence.side-by-side.help")));
        people.forEach(p -> add(person(p)));
    }

    private Component person(CalibrationPerson p) {
        Details details = new Details(getTranslation("calibration.evidence.summary", p.name(), previewsText.apply(p),
                ratingText.apply(p.managerRating()), ratingText.apply(p.finalRating())));
        details.setId("calibration-evidence-" + p.personId());
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(body(sessions.evidence(sessionId, p.personId())));
            }
        });
        return details;
    }

    private Component body(Evidence evidence) {
        Div body = new Div();
        CalibrationPerson p = evidence.person();
        NativeTable ratings = new NativeTable();
        NativeTableHeader head = new NativeTableHeader();
        head.add(new NativeTableRow(new NativeTableHeaderCell(getTranslation("calibration.col.previews")),
                new NativeTableHeaderCell(getTranslation("calibration.col.manager-rating")),
                new NativeTableHeaderCell(getTranslation("calibration.col.final-rating"))));
        NativeTableBody row = new NativeTableBody();
        row.add(new NativeTableRow(new NativeTableCell(previewsText.apply(p)),
                new NativeTableCell(ratingText.apply(p.managerRating())),
                new NativeTableCell(ratingText.apply(p.finalRating()))));
        ratings.add(head, row);
        body.add(ratings);
        ReviewEvidence review = evidence.review();
        body.add(new H4(getTranslation("calibration.evidence.manager-review")));
        if (review == null || !review.managerReviewSubmitted()) {
            body.add(new Paragraph(getTranslation("calibration.evidence.manager-review.none")));
        } else {
            UnorderedList answers = new UnorderedList();
            answers.addClassName("k-evidence-answers");
            review.managerReview().forEach(a -> answers.add(answer(a)));
            body.add(answers);
        }
        if (review != null && !review.results360().sources().isEmpty()) {
            body.add(new H4(getTranslation("calibration.evidence.360")),
                    new Paragraph(getTranslation("calibration.evidence.360.threshold", review.results360().threshold())));
            review.results360().sources().forEach(source -> body.add(source(source)));
        }
        return body;
    }

    private ListItem answer(SharedReview.Answer a) {
        ListItem item = new ListItem();
        StringBuilder line = new StringBuilder(a.question());
        if (a.rating() != null) {
            line.append(": ").append(ratingText.apply(a.rating()));
        }
        item.add(new Paragraph(line.toString()));
        if (a.text() != null) {
            item.add(new Paragraph(a.text()));
        }
        if (!a.criteria().isEmpty()) {
            item.add(new Paragraph(a.criteria().stream()
                    .map(c -> c.name() + ": " + ratingText.apply(c.rating()) + (c.text() == null ? "" : " (" + c.text() + ")"))
                    .collect(Collectors.joining("; "))));
        }
        if (!a.goals().isEmpty()) {
            item.add(new Paragraph(getTranslation("calibration.evidence.goals", a.goals().size(),
                    a.goals().stream().map(g -> ratingText.apply(g.rating())).collect(Collectors.joining(", ")))));
        }
        return item;
    }

    private Component source(Pooled360.SourceResults source) {
        Div block = new Div(new Paragraph(getTranslation("calibration.evidence.source." + source.source().name())));
        UnorderedList list = new UnorderedList();
        NumberFormat decimal = NumberFormat.getNumberInstance(getLocale());
        decimal.setMaximumFractionDigits(1);
        for (Pooled360.QuestionResult q : source.questions()) {
            ListItem item = new ListItem();
            if (q.withheld()) {
                item.add(new Paragraph(getTranslation("calibration.evidence.withheld", q.text())));
            } else {
                item.add(new Paragraph(q.average() == null
                        ? getTranslation("calibration.evidence.answers", q.text(), q.answers())
                        : getTranslation("calibration.evidence.average", q.text(), q.answers(), decimal.format(q.average()))));
                q.comments().forEach(c -> item.add(new Paragraph("“" + c + "”")));
            }
            list.add(item);
        }
        block.add(list);
        return block;
    }
}
