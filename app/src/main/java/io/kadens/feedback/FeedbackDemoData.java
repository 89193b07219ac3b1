package io.kadens.feedback;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo feedback, relative to today and the same on every run: three months for Acme AB (Swedish) with clear
 * themes per person for the AI summary (Sara: strong in customer communication, growing in planning and
 * estimation; Erik: anonymous upward feedback from four of his reports), open requests and praise with
 * reactions; a little for Globex. Called by the demo seeder inside the company's tenant scope.
 */
@Component
public class FeedbackDemoData {

    private final FeedbackService feedback;
    private final FeedbackRequestService requests;
    private final PraiseService praise;
    private final FeedbackRepository repository;
    private final FeedbackAccess access;

    FeedbackDemoData(FeedbackService feedback, FeedbackRequestService requests, PraiseService praise,
                     FeedbackRepository repository, FeedbackAccess access) {
        this.access = access;
        this.feedback = feedback;
        this.requests = requests;
        this.praise = praise;
        this.repository = repository;
    }

    /** Seeds the company's feedback; {@code byEmail} maps the demo people's emails to their ids. */
    @Transactional
    public void seed(String companySlug, Map<String, UUID> byEmail) {
        // The company's own day and zone on the application's clock (Globex is in New York, not Stockholm), as
        // feedback given now is dated: the requests' due days are checked against that day.
        LocalDate today = access.today();
        if ("acme".equals(companySlug)) {
            acme(new People(byEmail, "acme.example"), today);
        } else {
            globex(new People(byEmail, "globex.example"), today);
        }
    }

    private record People(Map<String, UUID> byEmail, String domain) {
        UUID id(String given, String family) {
            String email = (ascii(given) + "." + ascii(family) + "@" + domain);
            UUID id = byEmail.get(email);
            if (id == null) {
                throw new IllegalStateException("no demo person " + email);
            }
            return id;
        }

        private static String ascii(String name) {
            return java.text.Normalizer.normalize(name.toLowerCase(java.util.Locale.ROOT),
                    java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
    }

    private UUID give(UUID from, UUID to, String text, String competency, int daysAgo, LocalDate today) {
        return feedback.giveAs(from, new NewFeedback(to, text, competency, null, null, false), null,
                today.minusDays(daysAgo), false).id();
    }

    private void anonymous(UUID from, UUID to, String text, String competency, int daysAgo, LocalDate today) {
        feedback.giveAs(from, new NewFeedback(to, text, competency, null, null, true), null, today.minusDays(daysAgo),
                false);
    }

    private void acme(People p, LocalDate today) {
        UUID karin = p.id("Karin", "Berg");
        UUID erik = p.id("Erik", "Johansson");
        UUID sara = p.id("Sara", "Nilsson");
        UUID oskar = p.id("Oskar", "Lund");
        UUID maja = p.id("Maja", "Sjöberg");
        UUID ali = p.id("Ali", "Hassan");
        UUID linnea = p.id("Linnea", "Hedlund");
        UUID viktor = p.id("Viktor", "Strand");
        UUID elin = p.id("Elin", "Forsberg");
        UUID anna = p.id("Anna", "Lindqvist");
        UUID adam = p.id("Adam", "Fransson");
        String customer = "kundfokus";
        String communication = "samarbete och kommunikation";
        String business = "affärsmässighet";
        String leadership = "ledarskap och coachning";

        // Sara: strong at customer communication, needs to grow in planning and estimation.
        give(erik, sara, "Sara har en ovanlig förmåga att kommunicera med kunderna. I mötet med Nordbanken lyssnade hon "
                + "in behoven och sammanfattade dem så tydligt att kunden själv bad om en offert.", customer, 84, today);
        give(oskar, sara, "Sara förklarar tekniska lösningar för kunder på ett enkelt och förtroendeingivande sätt. "
                + "Jag har lärt mig mycket av att lyssna på hennes kundsamtal.", communication, 71, today);
        give(maja, sara, "Kunderna litar på Sara. Hon ställer bra frågor innan hon föreslår något och följer alltid upp "
                + "efter leverans.", customer, 58, today);
        UUID planning = give(erik, sara, "Offerten till Volvo blev två veckor sen eftersom tidsuppskattningen var för "
                + "optimistisk. Bryt ner arbetet i mindre delar och stäm av estimaten med teamet innan du lovar ett datum.",
                business, 44, today);
        give(linnea, sara, "Sara lovar ibland kunder leveransdatum innan hon har stämt av med innesälj, vilket skapar "
                + "stress i teamet. Planeringen behöver bli mer realistisk.", business, 30, today);
        give(ali, sara, "Din kundpresentation i Malmö var lysande och kommunikationen med kunden var tydlig hela vägen. "
                + "Lägg gärna in buffert i projektplanen nästa gång, tidplanen sprack igen.", communication, 16, today);
        give(karin, sara, "Tack för att du tog hand om kundrådet så professionellt. Kunderna nämnde dig vid namn.",
                customer, 9, today);
        feedback.replyAs(sara, planning, "Tack, det stämmer. Jag provar att planera med teamet varje måndag framöver.",
                today.minusDays(43));

        // Erik: anonymous upward feedback from four of his reports (above the threshold of three).
        anonymous(sara, erik, "Erik ger tydlig riktning och vi vet alltid vilka kunder som är viktigast.", leadership,
                75, today);
        anonymous(oskar, erik, "Erik tar gärna över kundmötena själv. Jag skulle vilja att han coachar mer och låter "
                + "oss leda samtalen.", leadership, 52, today);
        anonymous(maja, erik, "Våra 1:1-samtal ställs ofta in. Jag saknar regelbunden återkoppling.", leadership, 33,
                today);
        anonymous(ali, erik, "Erik är bra på att fira framgångar, men vi behöver mer stöd när affärer går förlorade.",
                leadership, 12, today);
        anonymous(sara, erik, "Tydliga mål för kvartalet, tack! Fler öppna frågor på veckomötet vore bra.", leadership,
                6, today);
        give(karin, erik, "Stark försäljningssiffra för kvartalet. Fokusera nästa period på att utveckla teamet, "
                + "särskilt genom att delegera kundmöten.", leadership, 40, today);

        // Others, so the pages have variety.
        give(erik, oskar, "Oskars förhandling med Ericsson var väl förberedd och gav ett bra avtal.", business, 63,
                today);
        give(sara, oskar, "Tack för hjälpen med kalkylen till Scania, den höll hela vägen.", business, 21, today);
        give(erik, linnea, "Linnea leder innesäljteamet med stort engagemang; veckomötena är effektiva.", leadership, 50,
                today);
        give(viktor, linnea, "Tack för att du tar dig tid att coacha mig i kalla samtal.", leadership, 25, today);
        give(sara, maja, "Maja är snabb och noggrann med uppföljningen efter mässan.", customer, 14, today);
        give(adam, sara, "Bra input från kunderna till produktteamet, det hjälpte oss att prioritera rätt.",
                communication, 37, today);

        // Requests: Sara asked three colleagues; one answered, two are open. Erik asked about Sara.
        FeedbackRequest saraAsked = requests.requestAs(sara, new NewFeedbackRequest(sara, List.of(oskar, maja, linnea),
                "Hur kan jag bli bättre på att planera och uppskatta mina kundprojekt?", today.plusDays(5)),
                today.minusDays(8));
        requests.answerAs(oskar, saraAsked.id(), new AnswerToRequest("Använd teamets historik: jämför med liknande "
                + "affärer innan du sätter ett datum, och lägg till 20 procent buffert.", business, null),
                today.minusDays(6));
        requests.requestAs(erik, new NewFeedbackRequest(sara, List.of(linnea, ali),
                "Hur upplever ni samarbetet med Sara i kundprojekten?", today.plusDays(7)), today.minusDays(2));
        requests.requestAs(oskar, new NewFeedbackRequest(oskar, List.of(sara),
                "Vad tyckte du om min presentation för Scania?", today.plusDays(4)), today.minusDays(1));

        // Praise with reactions.
        Random random = new Random(20261127L);
        List<UUID> reactors = List.of(karin, erik, sara, oskar, maja, ali, linnea, viktor, elin, anna);
        praiseWithReactions(erik, sara, "Grattis till Nordbanken-affären, Sara! Snyggt jobbat 🎉", 40, today, reactors,
                random);
        praiseWithReactions(sara, linnea, "Tack Linnea för att du ställde upp på mässan i helgen!", 27, today, reactors,
                random);
        praiseWithReactions(anna, elin, "Elin höll en fantastisk introduktion för våra nya kollegor.", 18, today,
                reactors, random);
        praiseWithReactions(maja, ali, "Ali räddade leveransen till Malmö i sista minuten. Stort tack!", 7, today,
                reactors, random);
        praiseWithReactions(karin, oskar, "Oskar slog kvartalets försäljningsrekord!", 2, today, reactors, random);
    }

    private void praiseWithReactions(UUID from, UUID to, String text, int daysAgo, LocalDate today, List<UUID> reactors,
                                     Random random) {
        OffsetDateTime at = today.minusDays(daysAgo).atTime(10, 30).atZone(access.zone()).toOffsetDateTime();
        Praise given = praise.giveAs(from, new NewPraise(to, text), at);
        for (UUID reactor : reactors) {
            if (!reactor.equals(from) && random.nextInt(3) > 0) {
                Reaction reaction = Reaction.values()[random.nextInt(Reaction.values().length)];
                praise.reactAs(reactor, given.id(), reaction, at.plusHours(1 + random.nextInt(20)));
            }
        }
    }

    private void globex(People p, LocalDate today) {
        UUID james = p.id("James", "Carter");
        UUID emma = p.id("Emma", "Brooks");
        UUID noah = p.id("Noah", "Patel");
        UUID ava = p.id("Ava", "Nguyen");
        UUID olivia = p.id("Olivia", "Hayes");
        give(james, emma, "Your design review for the billing service was thorough and kind. The team adopted two of "
                + "your suggestions.", "engineering excellence", 40, today);
        give(noah, emma, "Thanks for pairing on the flaky tests; your debugging notes saved me a day.",
                "collaboration and communication", 22, today);
        give(ava, emma, "Emma could share progress earlier: the release notes reached QA late twice.",
                "collaboration and communication", 10, today);
        requests.requestAs(emma, new NewFeedbackRequest(emma, List.of(noah, ava),
                "What should I focus on to grow towards senior engineer?", today.plusDays(10)), today.minusDays(3));
        Random random = new Random(20261128L);
        praiseWithReactions(olivia, james, "James organised a wonderful engineering offsite. Thank you!", 12, today,
                List.of(emma, noah, ava, olivia), random);
    }
}
