package io.kadens.reviews.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.reviews.Pooled360;
import io.kadens.reviews.ReviewSharing;
import io.kadens.reviews.SharedReview;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * One participant's review outcome: the manager review, the final rating and the pooled 360 results. The manager
 * chain shares it; the employee sees it once shared, acknowledges it (optionally with a comment) and downloads the
 * packet as PDF. What the reader may see is decided by {@link ReviewSharing}.
 */
@Route("reviews/cycle/:cycleId/outcome/:employeeId")
@RolesAllowed(Role.EMPLOYEE_NAME)
class SharedReviewView extends Main implements BeforeEnterObserver, PageTitles.Translated {

    private final transient ReviewSharing sharing;
    private final transient TenantSettingsService settings;
    private final Div content = new Div();
    private UUID cycleId;
    private UUID employeeId;

    SharedReviewView(ReviewSharing sharing, TenantSettingsService settings) {
        this.sharing = sharing;
        this.settings = settings;
        addClassName("k-page");
        add(content);
    }

    @Override
    public String titleKey() {
        return "ui360.outcome.title";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            cycleId = UUID.fromString(event.getRouteParameters().get("cycleId").orElse(""));
            employeeId = UUID.fromString(event.getRouteParameters().get("employeeId").orElse(""));
            show(sharing.review(cycleId, employeeId));
        } catch (IllegalArgumentException | ResourceNotFoundException | AccessDeniedException notFound) {
            // someone else's outcome answers like one that never existed
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(SharedReview review) {
        content.removeAll();
        content.add(new H1(getTranslation("ui360.outcome.heading", review.employeeName(), review.cycleName())));
        Paragraph state = new Paragraph(review.shared()
                ? getTranslation("ui360.outcome.shared", instant(review.sharedAt()))
                : getTranslation(review.viewerIsEmployee() ? "review360.review.not-shared" : "ui360.outcome.not-shared"));
        state.setId("outcome-state");
        content.add(state);
        if (review.canShare()) {
            Button share = new Button(getTranslation("ui360.outcome.share", review.employeeName()),
                    click -> share(review));
            share.setId("outcome-share");
            share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(share);
        }
        if (review.ratingsVisible()) {
            content.add(ratingAndReview(review));
            if (review.results360() != null) {
                content.add(results(review.results360()));
            }
            Anchor packet = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] pdf = sharing.packet(cycleId, employeeId, getLocale());
                return new DownloadResponse(new ByteArrayInputStream(pdf), "review-packet.pdf", "application/pdf",
                        pdf.length);
            }), getTranslation("ui360.outcome.packet"));
            packet.setId("outcome-packet");
            packet.getElement().setAttribute("download", true);
            // told apart from the text around it by more than colour (WCAG 1.4.1)
            packet.getStyle().set("text-decoration", "underline");
            content.add(new Paragraph(packet));
        }
        content.add(acknowledgement(review));
    }

    private Section ratingAndReview(SharedReview review) {
        Section section = new Section();
        section.setId("outcome-review");
        H2 rating = new H2(getTranslation("review360.review.final-rating"));
        section.add(rating, new Paragraph(review.finalRating() == null ? getTranslation("review360.review.no-rating")
                : review.finalRating() + " " + (review.finalRatingLabel() == null ? "" : review.finalRatingLabel())));
        section.add(new H2(getTranslation("review360.review.manager-review")));
        String current = null;
        for (SharedReview.Answer answer : review.managerReview()) {
            if (answer.section() != null && !answer.section().equals(current)) {
                current = answer.section();
                section.add(new H3(current));
            }
            section.add(new H4(answer.question()));
            if (answer.rating() != null) {
                section.add(new Paragraph(getTranslation("review360.review.rating", answer.rating(),
                        answer.ratingLabel() == null ? "" : answer.ratingLabel())));
            }
            if (answer.text() != null && !answer.text().isBlank()) {
                section.add(new Paragraph(answer.text()));
            }
            if (!answer.criteria().isEmpty()) {
                UnorderedList criteria = new UnorderedList();
                answer.criteria().forEach(c -> criteria.add(new ListItem(c.name() + ": "
                        + (c.rating() == null ? getTranslation("review360.review.no-rating") : c.rating() + " "
                        + (c.ratingLabel() == null ? "" : c.ratingLabel()))
                        + (c.text() == null || c.text().isBlank() ? "" : " · " + c.text()))));
                section.add(criteria);
            }
            if (!answer.goals().isEmpty()) {
                UnorderedList goals = new UnorderedList();
                answer.goals().forEach(g -> goals.add(new ListItem(getTranslation("review360.review.goal",
                        g.weight() == null ? "–" : g.weight(), g.rating() == null ? "–" : g.rating()))));
                section.add(goals);
            }
        }
        return section;
    }

    private Section results(Pooled360 pooled) {
        Section section = new Section();
        section.setId("outcome-360");
        section.add(new H2(getTranslation("review360.results.heading")),
                new Paragraph(getTranslation("review360.results.intro", pooled.threshold())));
        for (Pooled360.SourceResults source : pooled.sources()) {
            section.add(new H3(getTranslation("review360.results.source." + source.source().name())));
            for (Pooled360.QuestionResult q : source.questions()) {
                section.add(new H4(q.text()));
                if (q.withheld()) {
                    section.add(new Paragraph(getTranslation("review360.results.withheld")));
                    continue;
                }
                StringBuilder facts = new StringBuilder(getTranslation("review360.results.answers", q.answers()));
                if (q.average() != null) {
                    facts.append(" · ").append(getTranslation("review360.results.average", q.average()));
                }
                section.add(new Paragraph(facts.toString()));
                if (!q.criteria().isEmpty()) {
                    UnorderedList criteria = new UnorderedList();
                    q.criteria().forEach(c -> criteria.add(new ListItem(c.name() + ": " + (c.withheld()
                            ? getTranslation("review360.results.withheld")
                            : getTranslation("review360.results.answers", c.answers())
                            + (c.average() == null ? "" : " · " + getTranslation("review360.results.average", c.average()))))));
                    section.add(criteria);
                }
                if (!q.comments().isEmpty()) {
                    UnorderedList comments = new UnorderedList();
                    q.comments().forEach(c -> comments.add(new ListItem(c)));
                    section.add(comments);
                }
            }
        }
        return section;
    }

    private Section acknowledgement(SharedReview review) {
        Section section = new Section();
        section.setId("outcome-acknowledgement");
        section.add(new H2(getTranslation("review360.review.acknowledgement")));
        Paragraph state = new Paragraph(review.acknowledgedAt() == null
                ? getTranslation("review360.review.not-acknowledged")
                : getTranslation("review360.review.acknowledged-at", instant(review.acknowledgedAt())));
        state.setId("outcome-acknowledged");
        state.getElement().setAttribute("data-acknowledged", String.valueOf(review.acknowledgedAt() != null));
        section.add(state);
        if (review.employeeComment() != null) {
            section.add(new Paragraph(getTranslation("ui360.outcome.comment.shown", review.employeeComment())));
        }
        if (review.canAcknowledge()) {
            TextArea comment = new TextArea(getTranslation("ui360.outcome.comment"));
            comment.setId("outcome-comment");
            comment.setHelperText(getTranslation("ui360.outcome.comment.help"));
            comment.setWidth("28rem");
            Button acknowledge = new Button(getTranslation("ui360.outcome.acknowledge"),
                    click -> acknowledge(review, comment));
            acknowledge.setId("outcome-acknowledge");
            acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(comment, new Div(acknowledge));
        }
        return section;
    }

    private void share(SharedReview review) {
        try {
            show(sharing.share(cycleId, employeeId, review.version()));
            Toast.success(getTranslation("ui360.outcome.shared.done", review.employeeName()));
        } catch (ConcurrentEditException stale) {
            Toast.error(getTranslation("ui360.outcome.stale"));
            show(sharing.review(cycleId, employeeId));
        } catch (InvalidInputException invalid) {
            Toast.error(FieldErrors.joined(invalid.fieldErrors(), this::getTranslation));
        } catch (AccessDeniedException refused) {
            Toast.error(getTranslation("ui360.refused"));
        }
    }

    private void acknowledge(SharedReview review, TextArea comment) {
        comment.setInvalid(false);
        try {
            show(sharing.acknowledge(cycleId, comment.getValue(), review.version()));
            Toast.success(getTranslation("ui360.outcome.acknowledged"));
        } catch (ConcurrentEditException stale) {
            // the comment stays in the field; the reader copies it before reloading
            Toast.error(getTranslation("ui360.outcome.stale"));
        } catch (InvalidInputException invalid) {
            String message = FieldErrors.joined(invalid.fieldErrors(), this::getTranslation);
            comment.setErrorMessage(message);
            comment.setInvalid(true);
            Toast.error(message);
        }
    }

    private String instant(Instant at) {
        if (at == null) {
            return "";
        }
        Locale locale = getLocale();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(at.atZone(zone()));
    }

    private ZoneId zone() {
        return settings.zone();
    }
}
