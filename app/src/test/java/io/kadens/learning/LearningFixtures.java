package io.kadens.learning;

import java.nio.charset.StandardCharsets;

/** Training catalogues as CSV, the way HR admins export them from a spreadsheet. */
public final class LearningFixtures {

    private LearningFixtures() {
    }

    public static final String SWEDISH_CATALOGUE = """
            title,description,provider,provider_name,url,format,duration_minutes,level,competencies,language,tags
            Coachande ledarskap,"Lär dig ställa öppna frågor, lyssna aktivt och hjälpa dina medarbetare att hitta egna lösningar i samtal.",internal,HR,,workshop,180,intermediate,Ledarskap;Coachning,sv,chefer
            Ge och ta emot återkoppling,Träna på att ge konstruktiv återkoppling som hjälper kollegor att växa.,internal,HR,,course,90,beginner,Kommunikation,sv,alla
            Excel för ekonomer,"Pivottabeller, formler och diagram för budget och uppföljning.",external,Kursakademin,https://example.com/excel,course,240,intermediate,Analys,sv,ekonomi
            Projektledning i praktiken,"Planera, prioritera och leda projekt med tydliga mål och milstolpar.",external,Ledarskapsinstitutet,https://example.com/pm,course,480,beginner,Projektledning;Planering,sv,projekt
            Kundfokus varje dag,Förstå kundens behov och följ upp deras upplevelse.,internal,Kundtjänst,,video,30,beginner,Kundfokus,sv,kund
            """;

    public static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
