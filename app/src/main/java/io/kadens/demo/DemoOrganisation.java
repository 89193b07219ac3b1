package io.kadens.demo;

import io.kadens.people.EditablePerson;
import io.kadens.people.EmploymentType;
import io.kadens.people.JobFamily;
import io.kadens.people.OrganisationStructure;
import io.kadens.people.PeopleAdministration;
import io.kadens.people.PersonFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The demo companies' job families with their ladders and their teams: added after the people, through
 * the same services HR admins use. A person's level follows from their title.
 */
@Component
class DemoOrganisation {

    /** A family, its ladder (lowest first), and which title pattern puts a person on which rung. */
    record Family(String name, List<String> levels, List<Pattern> levelByTitle, List<String> departments) {
    }

    /** A team in a department, led by one person; the lead's direct reports are its members. */
    record DemoTeam(String name, String department, String leadEmail) {
    }

    private final OrganisationStructure structure;
    private final PeopleAdministration people;

    DemoOrganisation(OrganisationStructure structure, PeopleAdministration people) {
        this.structure = structure;
        this.people = people;
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static List<Family> families(String slug) {
        return switch (slug) {
            case "acme" -> List.of(
                    new Family("Försäljning", List.of("Säljare", "Key Account Manager", "Teamledare", "Chef"),
                            List.of(p(".*"), p("key account"), p("teamledare"), p("chef")), List.of("Försäljning")),
                    new Family("Utveckling", List.of("Utvecklare", "Specialist", "Teamledare", "Chef"),
                            List.of(p(".*"), p("arkitekt|specialist|produktägare|designer"), p("teamledare"), p("chef")),
                            List.of("Produktutveckling")),
                    new Family("Stab", List.of("Specialist", "Senior specialist", "Chef"),
                            List.of(p(".*"), p("controller|partner|strateg"), p("chef|^vd$")),
                            List.of("Ledning", "Ekonomi", "HR")));
            case "globex" -> List.of(
                    new Family("Engineering", List.of("Engineer", "Senior Engineer", "Engineering Manager"),
                            List.of(p(".*"), p("senior|site reliability"), p("manager")), List.of("Engineering")),
                    new Family("Go-to-market", List.of("Associate", "Account Executive", "Head of Sales"),
                            List.of(p(".*"), p("account executive"), p("head")), List.of("Sales")),
                    new Family("Operations and people", List.of("Coordinator", "Specialist", "Lead", "Director"),
                            List.of(p(".*"), p("analyst|partner"), p("lead"), p("director|chief")),
                            List.of("Executive", "People", "Operations")));
            default -> List.of();
        };
    }

    static List<DemoTeam> teams(String slug) {
        String acme = "acme.example";
        String globex = "globex.example";
        return switch (slug) {
            case "acme" -> List.of(
                    new DemoTeam("Innesälj", "Försäljning", DemoCompanies.email("Linnea", "Hedlund", acme)),
                    new DemoTeam("Plattform", "Produktutveckling", DemoCompanies.email("Per", "Axelsson", acme)),
                    new DemoTeam("Appar", "Produktutveckling", DemoCompanies.email("Nora", "Wik", acme)));
            case "globex" -> List.of(
                    new DemoTeam("Product Engineering", "Engineering", DemoCompanies.email("James", "Carter", globex)),
                    new DemoTeam("Account Management", "Sales", DemoCompanies.email("Michael", "Reed", globex)));
            default -> List.of();
        };
    }

    /** Runs inside the seeding transaction, with the company's tenant bound. */
    void apply(DemoCompany company, Map<String, UUID> personByEmail, Map<String, UUID> departmentByName) {
        Map<UUID, EditablePerson> everyone = new java.util.HashMap<>();
        personByEmail.values().forEach(id -> people.editable(id).ifPresent(p -> everyone.put(id, p)));

        Map<String, JobFamily> familyByDepartment = new java.util.HashMap<>();
        Map<String, Family> definitionByDepartment = new java.util.HashMap<>();
        for (Family family : families(company.slug())) {
            UUID id = structure.createJobFamily(family.name(), family.levels());
            JobFamily stored = structure.jobFamilies().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
            family.departments().forEach(d -> {
                familyByDepartment.put(d, stored);
                definitionByDepartment.put(d, family);
            });
        }
        Map<UUID, UUID> teamByPerson = new java.util.HashMap<>();
        for (DemoTeam team : teams(company.slug())) {
            UUID lead = personByEmail.get(team.leadEmail());
            UUID teamId = structure.createTeam(team.name(), departmentByName.get(team.department()), null, lead);
            teamByPerson.put(lead, teamId);
            everyone.values().stream().filter(p -> lead.equals(p.fields().managerId()))
                    .forEach(p -> teamByPerson.put(p.id(), teamId));
        }
        Map<UUID, String> departmentNameById = new java.util.HashMap<>();
        departmentByName.forEach((name, id) -> departmentNameById.put(id, name));

        for (EditablePerson person : everyone.values()) {
            PersonFields f = person.fields();
            String department = departmentNameById.get(f.departmentId());
            JobFamily family = familyByDepartment.get(department);
            UUID level = family == null ? null : level(family, definitionByDepartment.get(department), f.jobTitle());
            EmploymentType type = f.jobTitle() != null && f.jobTitle().toLowerCase(Locale.ROOT).contains("assistent")
                    ? EmploymentType.FIXED_TERM : EmploymentType.PERMANENT;
            people.update(person.id(), new PersonFields(f.givenName(), f.familyName(), f.email(), f.jobTitle(),
                    f.departmentId(), teamByPerson.get(person.id()), f.managerId(), family == null ? null : family.id(),
                    level, f.location(), f.phone(), f.startDate(), type, f.preferredLocale()), person.version());
        }
    }

    /** The highest rung whose title pattern matches. */
    private static UUID level(JobFamily family, Family definition, String title) {
        String text = title == null ? "" : title;
        UUID chosen = null;
        for (int i = 0; i < definition.levelByTitle().size() && i < family.levels().size(); i++) {
            if (definition.levelByTitle().get(i).matcher(text).find()) {
                chosen = family.levels().get(i).id();
            }
        }
        return chosen;
    }
}
