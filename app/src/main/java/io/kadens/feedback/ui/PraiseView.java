package io.kadens.feedback.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.feedback.FeedbackNotFoundException;
import io.kadens.feedback.NewPraise;
import io.kadens.feedback.Praise;
import io.kadens.feedback.PraiseFeed;
import io.kadens.feedback.ReactionCount;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.people.DirectoryEntry;
import io.kadens.people.PeopleService;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The tenant's praise feed: praise a colleague in a line, react with a small fixed set of emoji. */
@Route("praise")
@Menu(order = 7, title = "feedback.praise.nav", icon = "vaadin:star-o")
@RolesAllowed(Role.EMPLOYEE_NAME)
class PraiseView extends Main implements PageTitles.Translated {

    private final transient PraiseFeed praise;
    private final VerticalLayout feed = new VerticalLayout();
    private final ZoneId zone;

    PraiseView(PraiseFeed praise, PeopleService people, CurrentUser currentUser,
               io.kadens.settings.TenantSettingsService settings) {
        this.praise = praise;
        this.zone = settings.zone();
        addClassName("k-page");
        UUID me = currentUser.require().personId();

        ComboBox<DirectoryEntry> recipient = new ComboBox<>(getTranslation("feedback.praise.recipient"));
        recipient.setId("praise-recipient");
        recipient.setPlaceholder(getTranslation("feedback.recipient.placeholder"));
        recipient.setItems(query -> people.search(query.getFilter().orElse("")).stream()
                .filter(person -> !person.id().equals(me))
                .skip(query.getOffset()).limit(query.getLimit()));
        recipient.setItemLabelGenerator(DirectoryEntry::fullName);
        TextField text = new TextField(getTranslation("feedback.praise.text"));
        text.setId("praise-text");
        text.setMaxLength(Praise.MAX_LENGTH);
        text.setWidth("min(100%, 480px)");
        Map<String, HasValidation> fields = Map.of("recipientId", recipient, "text", text);
        Button send = new Button(getTranslation("feedback.praise.send"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                praise.give(new NewPraise(recipient.getValue() == null ? null : recipient.getValue().id(),
                        text.getValue()));
                recipient.clear();
                text.clear();
                Toast.success(getTranslation("feedback.praise.sent"));
                refresh();
            } catch (InvalidInputException refused) {
                new FieldErrors().bindAll(fields).showOrToast(refused.fieldErrors(), this::getTranslation);
            }
        });
        send.setId("praise-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(recipient, text, send);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        feed.setId("praise-feed");
        feed.setPadding(false);
        add(new H1(getTranslation("feedback.praise.heading")), new H2(getTranslation("feedback.praise.give")), form,
                new H2(getTranslation("feedback.praise.feed")), feed);
        refresh();
    }

    private void refresh() {
        feed.removeAll();
        var items = praise.feed(50);
        if (items.isEmpty()) {
            feed.add(new Paragraph(getTranslation("feedback.praise.empty")));
        }
        items.forEach(item -> feed.add(card(item)));
    }

    private Div card(Praise item) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Div card = new Div();
        card.addClassName("k-card");
        card.addClassName("k-praise");
        card.getElement().setAttribute("role", "article");
        Span line = new Span(getTranslation("feedback.praise.line", item.authorName(), item.recipientName()));
        line.addClassName("k-praise-line");
        Span when = new Span(dates.format(item.givenAt().atZone(zone).toLocalDate()));
        when.addClassName("k-muted");
        Paragraph text = new Paragraph(item.text());
        HorizontalLayout reactions = new HorizontalLayout();
        reactions.addClassName("k-praise-reactions");
        reactions.add(reactionButtons(card, item));
        card.add(line, new Span(" · "), when, text, reactions);
        return card;
    }

    private Button[] reactionButtons(Div card, Praise item) {
        return item.reactions().stream().map(count -> reactionButton(card, item, count)).toArray(Button[]::new);
    }

    private Button reactionButton(Div card, Praise item, ReactionCount count) {
        Button button = new Button(count.reaction().emoji() + " " + count.count());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (count.mine()) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        String name = getTranslation("feedback.reaction." + count.reaction().name().toLowerCase(Locale.ROOT));
        button.getElement().setAttribute("aria-label", getTranslation("feedback.praise.react", name, count.count()));
        button.getElement().setAttribute("aria-pressed", Boolean.toString(count.mine()));
        button.addClassName("k-reaction-" + count.reaction().name().toLowerCase(Locale.ROOT));
        button.addClickListener(click -> {
            try {
                Praise updated = count.mine() ? praise.unreact(item.id(), count.reaction())
                        : praise.react(item.id(), count.reaction());
                Div replacement = card(updated);
                card.getParent().ifPresent(parent -> feed.replace(card, replacement));
            } catch (FeedbackNotFoundException gone) {
                refresh();
            }
        });
        return button;
    }

    @Override
    public String titleKey() {
        return "feedback.praise.heading";
    }
}
