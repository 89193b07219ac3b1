package io.kadens.reviews.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.EmptyState;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.reviews.NominationStatus;
import io.kadens.reviews.PeerNomination;
import io.kadens.reviews.PeerNominations;
import io.kadens.reviews.ReviewForm;
import io.kadens.reviews.ReviewTask;
import io.kadens.reviews.ReviewWriting;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * The peer reviews I was asked to write: open the peer review, or decline with a reason (the subject's manager
 * sees the reason; an unsubmitted draft is dropped). Declined requests stay listed with their reason.
 */
@Route("reviews/peer-requests")
@RolesAllowed(Role.EMPLOYEE_NAME)
class PeerRequestsView extends Main implements PageTitles.Translated {

    private final transient PeerNominations nominations;
    private final transient ReviewWriting writing;
    private final Div content = new Div();

    PeerRequestsView(PeerNominations nominations, ReviewWriting writing) {
        this.nominations = nominations;
        this.writing = writing;
        addClassName("k-page");
        add(content);
        show();
    }

    @Override
    public String titleKey() {
        return "ui360.requests.title";
    }

    private void show() {
        content.removeAll();
        content.add(new H1(getTranslation("ui360.requests.heading")));
        List<PeerNomination> requests = nominations.askedOfMe();
        if (requests.isEmpty()) {
            content.add(new EmptyState(getTranslation("ui360.requests.empty"),
                    getTranslation("ui360.requests.empty.text")));
            return;
        }
        content.add(new Paragraph(getTranslation("ui360.requests.intro")));
        List<ReviewTask> peerTasks = writing.myTasks().stream().filter(t -> t.form() == ReviewForm.PEER).toList();
        Div list = new Div();
        list.setId("peer-requests");
        requests.forEach(request -> list.add(request(request, peerTasks)));
        content.add(list);
    }

    private Section request(PeerNomination request, List<ReviewTask> peerTasks) {
        Section section = new Section();
        section.setId("peer-request-" + request.id());
        section.getElement().setAttribute("data-status", request.status().name());
        String headingId = "peer-request-heading-" + request.id();
        section.getElement().setAttribute("aria-labelledby", headingId);
        H2 heading = new H2(getTranslation("ui360.requests.about", request.subjectName()));
        heading.setId(headingId);
        section.add(heading, new Paragraph(getTranslation("ui360.requests.meta", request.cycleName(),
                date(request.peerReviewDeadline()), getTranslation("ui360.status." + request.status().name()))));
        if (request.status() == NominationStatus.DECLINED) {
            section.add(new Paragraph(getTranslation("ui360.peers.reason", String.valueOf(request.declineReason()))));
            return section;
        }
        Optional<ReviewTask> task = peerTasks.stream().filter(t -> t.cycleId().equals(request.cycleId())
                && t.subjectId().equals(request.subjectId())).findFirst();
        task.ifPresent(t -> {
            Anchor open = new Anchor("reviews/" + t.reviewId(),
                    getTranslation("ui360.requests.open", request.subjectName()));
            open.setId("peer-request-open-" + request.id());
            section.add(new Paragraph(open));
        });
        boolean submitted = task.map(t -> t.status() == io.kadens.reviews.ReviewStatus.SUBMITTED).orElse(false);
        if (!submitted) {
            TextArea reason = new TextArea(getTranslation("ui360.requests.reason"));
            reason.setId("peer-request-reason-" + request.id());
            reason.setRequiredIndicatorVisible(true);
            reason.setMaxLength(PeerNominations.MAX_REASON);
            reason.setHelperText(getTranslation("ui360.requests.reason.help"));
            reason.setWidth("28rem");
            Button decline = new Button(getTranslation("ui360.requests.decline"));
            decline.setId("peer-request-decline-" + request.id());
            decline.getElement().setAttribute("aria-label",
                    getTranslation("ui360.requests.decline.aria", request.subjectName()));
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
            decline.addClickListener(click -> decline(request, reason));
            HorizontalLayout row = new HorizontalLayout(reason, decline);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            section.add(row);
        }
        return section;
    }

    private void decline(PeerNomination request, TextArea reason) {
        reason.setInvalid(false);
        try {
            nominations.decline(request.id(), reason.getValue(), request.version());
            Toast.success(getTranslation("ui360.requests.declined", request.subjectName()));
            show();
        } catch (ConcurrentEditException stale) {
            Toast.error(getTranslation("ui360.stale"));
            show();
        } catch (InvalidInputException invalid) {
            // the typed reason stays in the field to be corrected
            String message = FieldErrors.joined(invalid.fieldErrors(), this::getTranslation);
            reason.setErrorMessage(message);
            reason.setInvalid(true);
            Toast.error(message);
        } catch (ResourceNotFoundException gone) {
            Toast.error(getTranslation("ui360.refused"));
            show();
        }
    }

    private String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(day);
    }
}
