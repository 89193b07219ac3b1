package io.kadens.oneonones;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;

import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A 1:1 of a test company's manager and employee with a talking point, an action item, a check-in,
 * shared notes and a private note, each text naming the company's slug so that a leak shows up. For
 * the isolation suite.
 */
@Component
public class OneOnOneTestData {

    private final OneOnOnes oneOnOnes;
    private final OneOnOneMeetings oneOnOneMeetings;
    private final OneOnOneNotes oneOnOneNotes;
    private final CheckIns checkIns;

    OneOnOneTestData(OneOnOnes oneOnOnes, OneOnOneMeetings oneOnOneMeetings, OneOnOneNotes oneOnOneNotes,
                     CheckIns checkIns) {
        this.oneOnOnes = oneOnOnes;
        this.oneOnOneMeetings = oneOnOneMeetings;
        this.oneOnOneNotes = oneOnOneNotes;
        this.checkIns = checkIns;
    }

    public record Seeded(UUID pair, UUID meeting, UUID agendaItem, UUID actionItem, UUID checkIn) {
    }

    public Seeded seed(Company company) {
        MyOneOnOne row = signedIn(as(company, company.manager()), () -> oneOnOnes.mine()).stream()
                .filter(r -> r.pair().member().id().equals(company.employee().id())).findFirst().orElseThrow();
        UUID meeting = row.nextMeeting().id();
        String slug = company.slug();
        AgendaItem point = signedIn(as(company, company.manager()),
                () -> oneOnOneMeetings.addTalkingPoint(meeting, "Talking point of " + slug, false));
        ActionItem action = signedIn(as(company, company.manager()), () -> oneOnOneNotes.addActionItem(meeting,
                company.employee().id(), "Action of " + slug, TestTenants.today().plusDays(10)));
        signedIn(as(company, company.manager()), () -> oneOnOneNotes.saveSharedNotes(meeting, "Notes of " + slug, 0));
        signedIn(as(company, company.manager()), () -> oneOnOneNotes.savePrivateNote(meeting, "Private of " + slug, -1));
        CheckIn checkIn = signedIn(as(company, company.employee()), () -> {
            Questionnaire questionnaire = checkIns.questionnaire();
            return checkIns.submit(meeting, questionnaire.questions().stream()
                    .map(q -> q.kind() == CheckInQuestionKind.PULSE ? new AnswerInput(q.id(), null, 3)
                            : new AnswerInput(q.id(), "Answer of " + slug, null))
                    .toList());
        });
        return new Seeded(row.pairId(), meeting, point.id(), action.id(), checkIn.id());
    }

    /** The ids a caller from another tenant tries, with what each must never change. */
    public static List<String> texts(Company company) {
        String slug = company.slug();
        return List.of("Talking point of " + slug, "Action of " + slug, "Notes of " + slug, "Private of " + slug,
                "Answer of " + slug);
    }
}
