package io.kadens.demo;

import io.kadens.demo.DemoCompany.DemoDepartment;
import io.kadens.demo.DemoCompany.DemoLogin;
import io.kadens.demo.DemoCompany.DemoPerson;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Acme AB (Swedish, 40 people in 5 departments, four levels from the CEO down) and Globex Inc
 * (English, 16 people), so that tenant isolation can be seen side by side.
 */
final class DemoCompanies {

    static final String PASSWORD = io.kadens.security.Accounts.PUBLIC_DEMO_PASSWORD;
    static final String OPERATOR_EMAIL = "operator@kadens.example";

    private DemoCompanies() {
    }

    static String email(String given, String family, String domain) {
        String local = (given + "." + family).toLowerCase(Locale.ROOT).replace(' ', '.');
        local = Normalizer.normalize(local, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return local + "@" + domain;
    }

    static List<DemoCompany> all() {
        return List.of(acme(), globex());
    }

    private static DemoPerson p(String given, String family, String title, String manager, String location, String start) {
        return new DemoPerson(given, family, title, manager, location, start);
    }

    static DemoCompany acme() {
        String d = "acme.example";
        String ceo = email("Karin", "Berg", d);
        String sales = email("Erik", "Johansson", d);
        String salesLead = email("Linnea", "Hedlund", d);
        String finance = email("Johan", "Ek", d);
        String product = email("Maria", "Karlsson", d);
        String platform = email("Per", "Axelsson", d);
        String apps = email("Nora", "Wik", d);
        String hr = email("Anna", "Lindqvist", d);
        return new DemoCompany("acme", "Acme AB", "sv", "Europe/Stockholm", d, List.of(
                new DemoDepartment("Ledning", List.of(
                        p("Karin", "Berg", "VD", null, "Stockholm", "2015-03-01"),
                        p("Lars", "Holm", "Strategichef", ceo, "Stockholm", "2017-08-14"))),
                new DemoDepartment("Försäljning", List.of(
                        p("Erik", "Johansson", "Försäljningschef", ceo, "Stockholm", "2016-01-11"),
                        p("Sara", "Nilsson", "Key Account Manager", sales, "Stockholm", "2021-09-01"),
                        p("Oskar", "Lund", "Key Account Manager", sales, "Göteborg", "2019-04-15"),
                        p("Maja", "Sjöberg", "Säljare", sales, "Göteborg", "2022-02-01"),
                        p("Ali", "Hassan", "Säljare", sales, "Malmö", "2020-10-05"),
                        p("Linnea", "Hedlund", "Teamledare innesälj", sales, "Stockholm", "2018-06-18"),
                        p("Viktor", "Strand", "Innesäljare", salesLead, "Stockholm", "2023-01-09"),
                        p("Elin", "Forsberg", "Innesäljare", salesLead, "Stockholm", "2022-08-22"),
                        p("Hugo", "Engström", "Innesäljare", salesLead, "Stockholm", "2024-03-04"),
                        p("Amira", "Said", "Innesäljare", salesLead, "Uppsala", "2023-05-15"),
                        p("Felix", "Nyström", "Säljsupport", salesLead, "Stockholm", "2021-11-01"),
                        p("Tilda", "Åberg", "Säljsupport", salesLead, "Stockholm", "2024-09-02"))),
                new DemoDepartment("Ekonomi", List.of(
                        p("Johan", "Ek", "Ekonomichef", ceo, "Stockholm", "2016-05-02"),
                        p("Ebba", "Lindgren", "Redovisningsekonom", finance, "Stockholm", "2019-02-11"),
                        p("Gustav", "Blom", "Controller", finance, "Stockholm", "2020-01-07"),
                        p("Klara", "Persson", "Lönespecialist", finance, "Stockholm", "2018-09-17"),
                        p("Axel", "Sandberg", "Redovisningsekonom", finance, "Västerås", "2022-04-19"),
                        p("Wilma", "Dahl", "Ekonomiassistent", finance, "Stockholm", "2023-08-14"),
                        p("Leo", "Björk", "Business Controller", finance, "Stockholm", "2021-03-01"))),
                new DemoDepartment("Produktutveckling", List.of(
                        p("Maria", "Karlsson", "Utvecklingschef", ceo, "Stockholm", "2015-10-01"),
                        p("Per", "Axelsson", "Teamledare plattform", product, "Stockholm", "2017-02-06"),
                        p("Nora", "Wik", "Teamledare appar", product, "Göteborg", "2018-03-12"),
                        p("Isak", "Holmberg", "Backendutvecklare", platform, "Stockholm", "2020-06-01"),
                        p("Alva", "Eriksson", "Backendutvecklare", platform, "Stockholm", "2021-01-18"),
                        p("Noah", "Larsson", "Driftingenjör", platform, "Stockholm", "2019-11-04"),
                        p("Saga", "Olsson", "Databasspecialist", platform, "Luleå", "2022-10-10"),
                        p("Elias", "Gustafsson", "Backendutvecklare", platform, "Stockholm", "2024-01-15"),
                        p("Freja", "Jonsson", "Frontendutvecklare", apps, "Göteborg", "2021-05-03"),
                        p("Liam", "Petersson", "Frontendutvecklare", apps, "Göteborg", "2022-09-05"),
                        p("Ella", "Svensson", "UX-designer", apps, "Göteborg", "2020-08-24"),
                        p("William", "Mattsson", "Mobilutvecklare", apps, "Göteborg", "2023-02-13"),
                        p("Stella", "Lindberg", "Testare", apps, "Göteborg", "2023-10-02"),
                        p("Adam", "Fransson", "Produktägare", product, "Stockholm", "2019-05-20"),
                        p("Selma", "Berglund", "Arkitekt", product, "Stockholm", "2016-12-01"))),
                new DemoDepartment("HR", List.of(
                        p("Anna", "Lindqvist", "HR-chef", ceo, "Stockholm", "2017-04-03"),
                        p("Ida", "Hansson", "HR-partner", hr, "Stockholm", "2020-03-16"),
                        p("Moa", "Nordin", "Rekryterare", hr, "Göteborg", "2022-06-07"),
                        p("Omar", "Khalil", "HR-specialist lärande", hr, "Stockholm", "2023-09-11")))),
                List.of(new DemoLogin("HR admin", hr), new DemoLogin("Manager", sales),
                        new DemoLogin("Employee", email("Sara", "Nilsson", d))));
    }

    static DemoCompany globex() {
        String d = "globex.example";
        String ceo = email("Rachel", "Morgan", d);
        String engineering = email("James", "Carter", d);
        String sales = email("Michael", "Reed", d);
        String people = email("Olivia", "Hayes", d);
        String operations = email("Daniel", "Kim", d);
        return new DemoCompany("globex", "Globex Inc", "en", "America/New_York", d, List.of(
                new DemoDepartment("Executive", List.of(
                        p("Rachel", "Morgan", "Chief Executive Officer", null, "New York", "2014-02-03"))),
                new DemoDepartment("Engineering", List.of(
                        p("James", "Carter", "Engineering Manager", ceo, "New York", "2016-07-11"),
                        p("Emma", "Brooks", "Software Engineer", engineering, "New York", "2021-04-05"),
                        p("Noah", "Patel", "Senior Software Engineer", engineering, "Remote", "2018-10-22"),
                        p("Ava", "Nguyen", "Software Engineer", engineering, "New York", "2022-01-18"),
                        p("Ethan", "Rivera", "Site Reliability Engineer", engineering, "Austin", "2020-05-26"),
                        p("Mia", "Thompson", "QA Engineer", engineering, "Remote", "2023-03-13"))),
                new DemoDepartment("Sales", List.of(
                        p("Michael", "Reed", "Head of Sales", ceo, "Chicago", "2017-09-05"),
                        p("Sophia", "Turner", "Account Executive", sales, "Chicago", "2021-06-14"),
                        p("Lucas", "Bennett", "Account Executive", sales, "Chicago", "2022-11-07"),
                        p("Chloe", "Adams", "Sales Development Rep", sales, "Remote", "2024-02-19"))),
                new DemoDepartment("People", List.of(
                        p("Olivia", "Hayes", "HR Director", ceo, "New York", "2018-01-08"),
                        p("Grace", "Lee", "People Partner", people, "New York", "2022-08-01"))),
                new DemoDepartment("Operations", List.of(
                        p("Daniel", "Kim", "Operations Lead", ceo, "Austin", "2019-03-04"),
                        p("Harper", "Scott", "Operations Analyst", operations, "Austin", "2023-07-10"),
                        p("Jack", "Young", "Facilities Coordinator", operations, "New York", "2024-05-06")))),
                List.of(new DemoLogin("HR admin", people), new DemoLogin("Manager", engineering),
                        new DemoLogin("Employee", email("Emma", "Brooks", d))));
    }
}
