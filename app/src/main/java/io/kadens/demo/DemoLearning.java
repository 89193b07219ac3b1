package io.kadens.demo;

import java.nio.charset.StandardCharsets;

/**
 * The demo companies' company content and training catalogues: a competency framework each (Acme in
 * Swedish, Globex in English) and a modest catalogue in the same CSV format HR admins import.
 */
final class DemoLearning {

    private DemoLearning() {
    }

    record Content(String fileName, String markdown, String catalogueCsv, String assignedTitle,
                   String completedTitle) {

        byte[] markdownBytes() {
            return markdown.getBytes(StandardCharsets.UTF_8);
        }

        byte[] catalogueBytes() {
            return catalogueCsv.getBytes(StandardCharsets.UTF_8);
        }
    }

    static Content forCompany(String slug) {
        return "acme".equals(slug) ? ACME : GLOBEX;
    }

    static final Content ACME = new Content("kompetensramverk.md", """
            # Kompetensramverk för Acme AB

            Ramverket beskriver vad vi förväntar oss av varandra. Det används i utvecklingssamtal, i målsättning och när vi planerar utbildning.

            ## Kundfokus

            Vi förstår kundens verksamhet och behov. Vi följer upp kundens upplevelse efter varje leverans och använder det vi lär oss för att förbättra våra tjänster.

            ### Nivå: Medarbetare

            Tar ansvar för sina egna kunder, svarar snabbt och håller det som utlovats.

            ### Nivå: Senior

            Ser mönster i kundernas återkoppling och föreslår förbättringar av erbjudandet.

            ## Samarbete och kommunikation

            Vi delar kunskap öppet, ger och tar emot återkoppling och anpassar budskapet efter mottagaren. Vi löser konflikter tidigt och med respekt.

            ## Ledarskap och coachning

            Ledare ger tydlig riktning och coachar sina medarbetare: de ställer öppna frågor, lyssnar aktivt och hjälper var och en att hitta sina egna lösningar. Alla på Acme kan visa ledarskap genom att ta initiativ.

            ## Affärsmässighet

            Vi förstår hur vårt arbete påverkar lönsamheten. Vi prioriterar det som ger störst värde för kunden och för Acme, och vi följer upp resultat mot budget.

            ## Teknisk kompetens

            Vi håller våra kunskaper aktuella inom vårt område, delar dem med kollegor och följer företagets arbetssätt för kvalitet och säkerhet.
            """, """
            title,description,provider,provider_name,url,format,duration_minutes,level,competencies,language,tags
            Coachande ledarskap,"Lär dig ställa öppna frågor, lyssna aktivt och hjälpa dina medarbetare att hitta egna lösningar i utvecklingssamtal och 1:1.",internal,HR,,workshop,180,intermediate,Ledarskap och coachning,sv,chefer;1:1
            Ge och ta emot återkoppling,Träna på att ge konstruktiv återkoppling som hjälper kollegor att växa och att ta emot kritik utan att gå i försvar.,internal,HR,,course,90,beginner,Samarbete och kommunikation,sv,alla
            Förhandlingsteknik för säljare,"Förbered förhandlingar, hitta gemensamma intressen och avsluta affärer som håller.",external,Säljakademin,https://example.com/forhandling,course,480,intermediate,Affärsmässighet;Kundfokus,sv,försäljning
            Kundresan i praktiken,Kartlägg kundens upplevelse från första kontakt till uppföljning och hitta förbättringar.,internal,Kundtjänst,,video,40,beginner,Kundfokus,sv,kund
            Budget och uppföljning,"Läs en resultaträkning, följ upp mot budget och förklara avvikelser.",external,Ekonomiskolan,https://example.com/budget,course,240,beginner,Affärsmässighet,sv,ekonomi
            Att leda förändring,"Hur du leder ditt team genom omorganisationer och nya arbetssätt, med tydlig kommunikation.",external,Ledarskapsinstitutet,https://example.com/forandring,book,300,advanced,Ledarskap och coachning,sv,chefer
            Säker kod och hantering av personuppgifter,Grunderna i säker utveckling och GDPR för utvecklare.,internal,Plattformsteamet,,workshop,120,intermediate,Teknisk kompetens,sv,utveckling;gdpr
            Presentationsteknik,"Strukturera ditt budskap, använd bilder sparsamt och tala med självförtroende inför grupp.",external,Talarskolan,https://example.com/presentation,webinar,60,beginner,Samarbete och kommunikation,sv,kommunikation
            """, "Förhandlingsteknik för säljare", "Ge och ta emot återkoppling");

    static final Content GLOBEX = new Content("competency-framework.md", """
            # Globex competency framework

            The framework describes what we expect of each other. We use it in development conversations, in goal setting and when we plan training.

            ## Customer focus

            We understand our customers' business and follow up on their experience after every release, using what we learn to improve the product.

            ## Collaboration and communication

            We share knowledge openly, give and receive feedback, and adapt the message to the audience. We resolve conflicts early and respectfully.

            ## Leadership and coaching

            Leaders set a clear direction and coach their people: they ask open questions, listen actively and help each person find their own solutions.

            ## Engineering excellence

            We write code that others can read and change, review each other's work, test what matters and keep systems secure and observable.

            ### Level: Engineer

            Delivers well-tested features within a team's area, asks for review early.

            ### Level: Senior engineer

            Designs larger changes, mentors others and improves the team's practices.
            """, """
            title,description,provider,provider_name,url,format,duration_minutes,level,competencies,language,tags
            Coaching conversations,"Ask open questions, listen actively and help your people find their own answers in one-on-ones.",internal,People team,,workshop,180,intermediate,Leadership and coaching,en,managers;1:1
            Giving feedback that helps,Practise giving specific and kind feedback and receiving criticism without getting defensive.,internal,People team,,course,90,beginner,Collaboration and communication,en,everyone
            Designing data-intensive applications,"Reliability, scalability and maintainability of data systems.",external,O'Reilly,https://example.com/ddia,book,900,advanced,Engineering excellence,en,engineering
            Code review that teaches,How to review code so that the author learns and the codebase improves.,internal,Platform team,,video,45,intermediate,Engineering excellence;Collaboration and communication,en,engineering
            Customer interviews for engineers,Talk to customers and turn what you hear into product improvements.,external,Product School,https://example.com/interviews,webinar,60,beginner,Customer focus,en,product
            Leading through change,"Guide your team through reorganisations and new ways of working, with clear communication.",external,Leadership Institute,https://example.com/change,podcast,120,advanced,Leadership and coaching,en,managers
            Secure coding basics,"Common vulnerabilities, secrets handling and dependency hygiene.",internal,Security team,,course,120,beginner,Engineering excellence,en,security
            """, "Code review that teaches", "Giving feedback that helps");
}
