package io.kadens.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo surveys of Acme AB: the two process surveys of its pilot in Försäljning and Ekonomi, both closed and
 * asked of everyone, so their results compare the pilot groups with the rest (the pilot answers the process is
 * easier and its results better). Runs inside the tenant's {@code TenantScope} after the rollout seed; leaves a
 * tenant that already has surveys alone, so it also fills a database that an earlier version seeded. Globex Inc
 * has an open monthly pulse survey from the question bank, partly answered.
 */
@Component
public class SurveysDemoSeed {

    private static final List<String> COMMENTS = List.of(
            "Incheckningarna hjälper mig att prata om rätt saker med min chef.",
            "Det tog lite tid att komma igång, men nu går det fort.",
            "Bra att målen syns för hela teamet.",
            "Jag vill ha fler påminnelser inför samtalen.");

    private final Surveys surveys;
    private final SurveyRepository repository;
    private final TransactionTemplate transactions;

    SurveysDemoSeed(Surveys surveys, SurveyRepository repository, PlatformTransactionManager transactionManager) {
        this.surveys = surveys;
        this.repository = repository;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Seeds Acme's process surveys ({@code slug} "acme") and Globex's open pulse survey ("globex"); each is left
     * alone when the company already has it. Returns whether it seeded.
     */
    public boolean seedIfMissing(String slug) {
        if ("globex".equals(slug)) {
            return Boolean.TRUE.equals(transactions.execute(status -> seedOpenPulse()));
        }
        if (!"acme".equals(slug)) {
            return false;
        }
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!repository.surveys().isEmpty()) {
                return false;
            }
            seedSurvey("Första processenkäten", 0);
            seedSurvey("Andra processenkäten", 1);
            return true;
        }));
    }

    /** Globex's monthly pulse: open, asked of everyone, and answered by about three in five so far. */
    private boolean seedOpenPulse() {
        if (repository.surveys().stream().anyMatch(survey -> survey.template() == SurveyTemplate.PULSE)) {
            return false;
        }
        UUID id = surveys.create(new NewSurvey("Monthly pulse", SurveyTemplate.PULSE, AudienceKind.EVERYONE, null));
        surveys.open(id, 0);
        List<SurveyRepository.Invitee> invitees = repository.invitees(id);
        for (int i = 0; i < invitees.size(); i++) {
            if (i % 5 >= 3) {
                continue;
            }
            List<Answer> answers = new ArrayList<>();
            answers.add(new Answer(0, 2 + i % 3, null));
            answers.add(new Answer(1, 3 + i % 2, null));
            answers.add(new Answer(2, 4 - i % 2, null));
            if (i % 3 == 0) {
                answers.add(new Answer(3, null, PULSE_COMMENTS.get(i / 3 % PULSE_COMMENTS.size())));
            }
            repository.replaceAnswers(id, 1, invitees.get(i).personId(), answers);
        }
        return true;
    }

    private static final List<String> PULSE_COMMENTS = List.of(
            "Fewer meetings on Fridays would give me time to finish things.",
            "Clearer priorities from leadership each quarter.",
            "More time for the training I signed up for.");

    private void seedSurvey(String title, int round) {
        UUID id = surveys.create(new NewSurvey(title, SurveyTemplate.PROCESS, AudienceKind.EVERYONE, null));
        long version = surveys.open(id, 0);
        List<SurveyRepository.Invitee> invitees = repository.invitees(id);
        for (int i = 0; i < invitees.size(); i++) {
            if ((i + round) % 5 == 0) {
                continue; // about four in five answer
            }
            SurveyRepository.Invitee invitee = invitees.get(i);
            boolean pilot = invitee.inPilot();
            List<Answer> answers = new ArrayList<>();
            answers.add(new Answer(0, pilot ? 2 + i % 2 : 3 + i % 2, null));
            answers.add(new Answer(1, pilot ? Math.min(5, 3 + round + i % 2) : 2 + i % 2, null));
            answers.add(new Answer(2, pilot ? 4 + (i / 2 + round) % 2 : 3 - i % 2, null));
            if (i % 4 == 1) {
                answers.add(new Answer(3, null, COMMENTS.get((i / 4 + round) % COMMENTS.size())));
            }
            repository.replaceAnswers(id, 1, invitee.personId(), answers);
        }
        surveys.close(id, version);
    }
}
