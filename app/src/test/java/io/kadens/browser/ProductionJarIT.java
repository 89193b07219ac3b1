package io.kadens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.browser.support.RunningKadens;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End-to-end test of the production jar: it is started as its own process against a fresh
 * database, asked to seed the demo companies, and driven in headless Chromium.
 *
 * <p>Covers sign-in for every demo persona (navigation, organisation name, home cards, the HR
 * chart, the operator's tenant list), generic sign-in errors, route isolation between tenants
 * and of private profile fields, and signing out with the keyboard.
 *
 * <p>The jar and browser are the shared {@link RunningKadens}; screenshots land in
 * {@code app/target/screenshots/}, the jar's log in {@code app/target/production-jar-it.log}.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class ProductionJarIT {

    private static final Duration WAIT = RunningKadens.WAIT;
    private static final String DEMO_PASSWORD = RunningKadens.DEMO_PASSWORD;

    private static RunningKadens kadens;
    private static WebDriver driver;

    // ------------------------------------------------------------------ personas

    enum Kind { HR_ADMIN, MANAGER, EMPLOYEE, OPERATOR }

    record Persona(String key, String organisation, String email, Kind kind, String organisationName,
                   List<String> navigation) {
        @Override
        public String toString() {
            return key;
        }
    }

    private static final List<String> SWEDISH_NAV = List.of("Start", "Personer", "Mål", "Enskilda samtal",
            "Incheckningar", "Lärande", "Feedback", "Beröm", "Färdigheter", "Enkäter", "Karriär", "Utveckling", "Mina bedömningar");
    private static final List<String> ENGLISH_NAV = List.of("Home", "People", "Goals", "One-on-ones", "Check-ins",
            "Learning", "Feedback", "Praise", "Skills", "Surveys", "Career", "Development", "My reviews");
    // Managers (and HR admins) also get their team's competency matrix and analytics of their reporting line.
    private static final List<String> SWEDISH_MANAGER_NAV = List.of("Start", "Personer", "Mål", "Enskilda samtal",
            "Incheckningar", "Lärande", "Feedback", "Beröm", "Färdigheter", "Enkäter", "Teamets kompetenser", "Karriär",
            "Analys", "Utveckling", "Mina bedömningar", "Lön och befordran", "Kalibrering");
    private static final List<String> ENGLISH_MANAGER_NAV = List.of("Home", "People", "Goals", "One-on-ones",
            "Check-ins", "Learning", "Feedback", "Praise", "Skills", "Surveys", "Team skills", "Career", "Analytics",
            "Development", "My reviews", "Pay and promotion", "Calibration");
    // HR admins also get the administration group, in this order (the development inbox: demo mode only).
    private static final List<String> SWEDISH_HR_NAV = List.of("Start", "Personer", "Mål", "Enskilda samtal",
            "Incheckningar", "Lärande", "Feedback", "Beröm", "Färdigheter", "Enkäter", "Teamets kompetenser", "Karriär",
            "Analys", "Utveckling", "Mina bedömningar", "Lön och befordran", "Kalibrering", "Personaladministration", "Organisationsschema", "Avdelningar och team", "Yrkesfamiljer", "Inbjudningar",
            "Importera personer", "SCIM-provisionering", "Företagsinnehåll", "Utbildningskatalog", "Inställningar",
            "Granskningslogg", "Integritetsärenden", "Målperioder och målinställningar",
            "Incheckningsfrågor och samtalsinställningar", "Feedbackinställningar", "Slack", "Utkorg för aviseringar",
            "Utvecklingsinkorg", "Kompetenser", "Mallar för medarbetarsamtal", "Införande", "Samtalsomgångar",
            "Enkäter (HR)", "Meddelanden", "Lönerevision", "Löner och lönespann");
    private static final List<String> ENGLISH_HR_NAV = List.of("Home", "People", "Goals", "One-on-ones", "Check-ins",
            "Learning", "Feedback", "Praise", "Skills", "Surveys", "Team skills", "Career", "Analytics",
            "Development", "My reviews", "Pay and promotion", "Calibration", "People admin", "Org chart", "Departments and teams", "Job families", "Invitations",
            "Import people", "SCIM provisioning", "Company content", "Training catalogue", "Settings",
            "Audit log", "Privacy requests", "Goal cycles and goal settings", "Check-in questions & 1:1 settings",
            "Feedback settings", "Slack", "Notification outbox", "Development inbox", "Competencies",
            "Review templates", "Rollout", "Review cycles", "Surveys (HR)", "Announcements", "Compensation",
            "Salaries and pay ranges");

    static Stream<Persona> personas() {
        return Stream.of(
                new Persona("acme-hr-admin", "acme", "anna.lindqvist@acme.example", Kind.HR_ADMIN, "Acme AB", SWEDISH_HR_NAV),
                new Persona("acme-manager", "acme", "erik.johansson@acme.example", Kind.MANAGER, "Acme AB", SWEDISH_MANAGER_NAV),
                new Persona("acme-employee", "acme", "sara.nilsson@acme.example", Kind.EMPLOYEE, "Acme AB", SWEDISH_NAV),
                new Persona("globex-hr-admin", "globex", "olivia.hayes@globex.example", Kind.HR_ADMIN, "Globex Inc", ENGLISH_HR_NAV),
                new Persona("globex-manager", "globex", "james.carter@globex.example", Kind.MANAGER, "Globex Inc", ENGLISH_MANAGER_NAV),
                new Persona("globex-employee", "globex", "emma.brooks@globex.example", Kind.EMPLOYEE, "Globex Inc", ENGLISH_NAV),
                new Persona("operator", "operator", "operator@kadens.example", Kind.OPERATOR, null, List.of("Tenants")));
    }

    // ------------------------------------------------------------------ lifecycle

    @BeforeAll
    static void startJarAndBrowser() {
        kadens = RunningKadens.shared();
        driver = kadens.driver();
    }

    // ------------------------------------------------------------------ tests: personas

    @ParameterizedTest(name = "{0}")
    @MethodSource("personas")
    @DisplayName("each demo persona signs in and sees exactly their navigation and home page")
    void personaSignsInAndSeesTheirHome(Persona persona) {
        signIn(persona.organisation(), persona.email(), DEMO_PASSWORD);

        if (persona.kind() == Kind.OPERATOR) {
            wait(WAIT).until(ExpectedConditions.urlContains("operator/tenants"));
        } else {
            wait(WAIT).until(d -> !d.getCurrentUrl().contains("login") && !d.getCurrentUrl().contains("operator"));
        }
        waitFor(By.id("main-nav"));
        assertThat(navigationLabels()).as("side navigation of %s", persona).containsExactlyElementsOf(persona.navigation());

        if (persona.kind() == Kind.OPERATOR) {
            assertThat(navigationLabels()).doesNotContain("People", "Personer", "Home");
            waitFor(By.cssSelector("#tenants-grid vaadin-grid-cell-content"));
            wait(WAIT).withMessage("tenant grid lists both demo tenants")
                    .until(d -> gridCellTexts("tenants-grid").containsAll(List.of("Acme AB", "Globex Inc")));
            assertThat(gridCellTexts("tenants-grid")).contains("Acme AB", "Globex Inc", "acme", "globex");
            screenshot("home-" + persona.key());

            // The tenant home page is not the operator's: opening it must end in a proper page
            // (the tenants or "not found"), never in Vaadin's internal error page.
            open("");
            wait(WAIT).withMessage("operator opening / sees the tenants or 'not found', at " + driver.getCurrentUrl())
                    .until(d -> isPresent(By.id("tenants-grid")) || isPresent(By.id("not-found")));
            assertThat(isPresent(By.id("my-manager"))).isFalse();
            return;
        }

        assertThat(navigationLabels()).doesNotContain("Tenants", "Kunder");
        assertThat(textContent(waitFor(By.id("organisation-name")))).isEqualTo(persona.organisationName());
        waitFor(By.id("my-manager"));
        waitFor(By.id("my-team"));
        waitFor(By.id("my-department"));
        boolean hasReports = persona.kind() != Kind.EMPLOYEE;
        assertThat(isPresent(By.id("my-reports"))).as("#my-reports for %s", persona).isEqualTo(hasReports);
        if (persona.kind() == Kind.HR_ADMIN) {
            waitFor(By.cssSelector("#headcount canvas"));
        } else {
            assertThat(isPresent(By.id("headcount"))).as("#headcount for %s", persona).isFalse();
        }
        screenshot("home-" + persona.key());
    }

    // ------------------------------------------------------------------ tests: accessibility

    private static List<String> accessibilityViolations(String page) {
        return kadens.accessibilityViolations(page);
    }

    @Test
    @DisplayName("sign-in, home, directory, profile and tenant pages have no serious WCAG 2.1 AA violations")
    void pagesPassTheAccessibilityRules() throws SQLException {
        List<String> violations = new ArrayList<>();
        driver.manage().deleteAllCookies();
        open("login");
        waitFor(By.id("sign-in"));
        violations.addAll(accessibilityViolations("login"));

        signInAndAwaitHome("globex", "olivia.hayes@globex.example");
        waitFor(By.cssSelector("#headcount canvas"));
        violations.addAll(accessibilityViolations("home"));
        open("people");
        waitFor(By.cssSelector("#people-grid vaadin-grid-cell-content"));
        violations.addAll(accessibilityViolations("people"));
        open("people/" + employeeId("globex", "james.carter@globex.example"));
        waitFor(By.id("profile-fields"));
        violations.addAll(accessibilityViolations("profile"));

        driver.manage().deleteAllCookies();
        signIn("operator", "operator@kadens.example", DEMO_PASSWORD);
        waitFor(By.cssSelector("#tenants-grid vaadin-grid-cell-content"));
        violations.addAll(accessibilityViolations("operator/tenants"));

        assertThat(violations).as("accessibility violations").isEmpty();
    }

    // ------------------------------------------------------------------ tests: bad input

    @Test
    @DisplayName("a wrong password and an unknown organisation give the very same error")
    void wrongPasswordAndUnknownOrganisationLookTheSame() {
        // An account that no other test signs in with, so the sign-in throttle never affects them.
        String wrongPassword = failedSignInMessage("acme", "oskar.lund@acme.example", "not-the-password");
        String unknownOrganisation = failedSignInMessage("no-such-organisation", "oskar.lund@acme.example", DEMO_PASSWORD);

        assertThat(wrongPassword).isNotBlank();
        assertThat(unknownOrganisation).isEqualTo(wrongPassword);
    }

    private String failedSignInMessage(String organisation, String email, String password) {
        signIn(organisation, email, password);
        WebElement error = wait(WAIT).withMessage("#login-error after a failed sign-in")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        assertThat(driver.getCurrentUrl()).as("URL after a failed sign-in").contains("/login");
        assertThat(isPresent(By.id("main-nav"))).isFalse();
        return error.getText().trim();
    }

    // ------------------------------------------------------------------ tests: isolation

    /**
     * Routes that take an id, each with an id that exists only in another tenant (Globex) than
     * the signed-in user's (Acme). Later features add their rows here.
     */
    static List<IsolationRow> otherTenantRoutes() throws SQLException {
        return List.of(
                new IsolationRow("people/%s", employeeId("globex", "emma.brooks@globex.example"),
                        List.of("Emma", "Brooks"), true),
                // A filter with another tenant's department id filters nothing of theirs in: the page
                // shows the own directory, without any of the other tenant's people.
                new IsolationRow("people?department=%s", departmentId("globex", "Engineering"),
                        List.of("Emma", "Brooks", "Globex", "Engineering"), false),
                // The org chart opened on another tenant's person: for the employee who runs these
                // checks an admin route is "not found" itself; PeopleAdminJourneyIT checks it as HR admin.
                new IsolationRow("admin/org-chart?person=%s", employeeId("globex", "emma.brooks@globex.example"),
                        List.of("Emma", "Brooks", "Globex"), true),
                // The operator's tenant list is no tenant user's page: it must not list the other tenant.
                new IsolationRow("operator/tenants", "", List.of("Globex", "globex"), true),
                // Another tenant's training item: not found, and none of its text.
                new IsolationRow("learning/%s", kadens.idInTenant("globex",
                        "select id from training_item where title = ?", "Code review that teaches"),
                        List.of("Code review that teaches", "Platform team"), true),
                // Another tenant's goal: not found, and not its title.
                new IsolationRow("goals/%s", globexGoalId(), List.of(globexGoalTitle()), true),
                // Another tenant's 1:1 meeting: not found, and none of its agenda or people.
                new IsolationRow("one-on-ones/%s", kadens.idInTenant("globex",
                        "select meeting_id::text from agenda_item where text = ? limit 1", "Onboarding plan for the new hire"),
                        List.of("Onboarding plan for the new hire", "Emma", "Brooks"), true),
                // Another tenant's person's feedback summary: not found, and none of their name.
                new IsolationRow("feedback-summary/%s", employeeId("globex", "emma.brooks@globex.example"),
                        List.of("Emma", "Brooks"), true),
                // HR admins' invitation list is no employee's page.
                new IsolationRow("invitations", "", List.of("Globex", "globex", "Emma"), true),
                // The feedback page and the praise feed show the own tenant only: none of Globex's praise.
                new IsolationRow("feedback", "", List.of("Globex", "globex", "James Carter", "Emma Brooks"), false),
                new IsolationRow("praise", "", List.of("Globex", "globex", "engineering offsite", "James Carter"),
                        false),
                // The notification outbox and the development inbox are HR admins' pages.
                new IsolationRow("admin/notifications", "", List.of("Globex", "globex", "Emma"), true),
                new IsolationRow("admin/dev-inbox", "", List.of("Globex", "globex", "Emma"), true),
                // Another tenant's person's skill profile: not found, and none of their name.
                new IsolationRow("skills/%s", employeeId("globex", "emma.brooks@globex.example"),
                        List.of("Emma", "Brooks"), true),
                // The newer HR admin pages are no employee's pages, in any tenant.
                new IsolationRow("admin/competencies", "", List.of("Globex", "globex"), true),
                new IsolationRow("admin/reviews", "", List.of("Globex", "globex"), true),
                new IsolationRow("admin/review-cycles", "", List.of("Globex", "globex"), true),
                new IsolationRow("admin/rollout", "", List.of("Globex", "globex"), true),
                new IsolationRow("admin/surveys", "", List.of("Globex", "globex"), true),
                // Another tenant's person's development plan: not found, and none of their name.
                new IsolationRow("development/%s", employeeId("globex", "emma.brooks@globex.example"),
                        List.of("Emma", "Brooks"), true),
                new IsolationRow("admin/announcements", "", List.of("Globex", "globex"), true),
                new IsolationRow("admin/learning-drafts", "", List.of("Globex", "globex"), true),
                // Announcements show the own tenant's only.
                new IsolationRow("announcements", "", List.of("Globex", "globex", "Emma Brooks"), false),
                // The career page shows the own tenant's job families only.
                new IsolationRow("career", "", List.of("Globex", "globex", "Emma Brooks"), false),
                // A link token naming the other tenant opens nothing there and tells nothing about it.
                new IsolationRow("invitation/%s", invitationTokenFor(employeeId("globex", "emma.brooks@globex.example")),
                        List.of("Globex", "globex", "Emma", "emma.brooks"), false),
                // Pay and promotion: the managers' page and HR's page are no employee's pages, in any tenant.
                new IsolationRow("compensation", "", List.of("Globex", "globex", "Emma Brooks"), true),
                new IsolationRow("admin/compensation", "", List.of("Globex", "globex", "Emma Brooks"), true),
                // Another tenant's review (issue 15, part 4): not found, and none of its subject; my reviews show mine only.
                new IsolationRow("reviews/%s", kadens.idInTenant("globex",
                        "select r.id from review r where r.form = ? order by r.id limit 1", "MANAGER"),
                        List.of("Globex", "globex", "Mid-year review"), true),
                new IsolationRow("reviews", "", List.of("Globex", "globex", "Mid-year review"), false),
                // Calibration is no employee's page; 360 and sharing pages of another tenant's cycle are not found.
                new IsolationRow("calibration", "", List.of("Globex", "globex", "Emma Brooks"), true),
                new IsolationRow("reviews/cycle/%s/peers", globexCycleId(), List.of("Globex", "globex", "Mid-year review"),
                        true),
                new IsolationRow("reviews/cycle/%s/outcome/" + employeeId("globex", "emma.brooks@globex.example"),
                        globexCycleId(), List.of("Globex", "globex", "Emma", "Brooks"), true),
                new IsolationRow("reviews/peer-requests", "", List.of("Globex", "globex", "Emma Brooks"), false),
                // HR's salaries and pay ranges page is no employee's page, in any tenant.
                new IsolationRow("admin/compensation/pay", "", List.of("Globex", "globex", "Emma Brooks"), true));
    }

    /** A review cycle of the other tenant (the demo seed gives every tenant one). */
    private static String globexCycleId() {
        return kadens.idInTenant("globex", "select id from review_cycle where status <> ? order by id limit 1", "DRAFT");
    }

    /** A company goal of the other tenant (the demo seed gives every tenant some). */
    private static String globexGoalId() {
        return kadens.idInTenant("globex", "select id from goal where level = ? order by id limit 1", "COMPANY");
    }

    private static String globexGoalTitle() {
        return kadens.idInTenant("globex", "select title from goal where id::text = ?", globexGoalId());
    }

    /** A well-formed invitation token for the tenant of the given person, with a secret nobody issued. */
    private static String invitationTokenFor(String personId) {
        String tenant = kadens.idInTenant("globex", "select tenant_id::text from employee where id::text = ?", personId);
        java.util.UUID id = java.util.UUID.fromString(tenant);
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(48)
                .putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        bytes.put(new byte[32]);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /**
     * @param notFound whether the route must answer with the "not found" page; otherwise it must
     *                 render normally, just without the other tenant's data
     */
    record IsolationRow(String routeTemplate, String otherTenantId, List<String> mustNotAppear, boolean notFound) {
        String route() {
            return routeTemplate.formatted(otherTenantId);
        }

        @Override
        public String toString() {
            return route();
        }
    }

    @Test
    @DisplayName("routes with another tenant's ids and malformed ids show only 'not found'")
    void otherTenantsIdsShowNotFound() throws SQLException {
        signInAndAwaitHome("acme", "sara.nilsson@acme.example");

        List<String> failures = new ArrayList<>();
        for (IsolationRow row : otherTenantRoutes()) {
            if (row.notFound()) {
                expectNotFound(row.route(), row.mustNotAppear(), failures);
            } else {
                expectWithout(row.route(), row.mustNotAppear(), failures);
            }
        }
        expectNotFound("people/not-a-uuid", List.of(), failures);
        assertThat(failures).as("cross-tenant route isolation (screenshots in %s)", kadens.screenshotDir())
                .isEmpty();
    }

    /** Opens a route and records a failure unless it shows the "not found" page without the given texts. */
    private static void expectNotFound(String route, List<String> mustNotAppear, List<String> failures) {
        open(route);
        if (!awaitPresent(By.id("not-found"))) {
            String body = String.valueOf(js("return document.body ? document.body.innerText : '';"));
            failures.add(route + ": no #not-found (URL " + driver.getCurrentUrl() + ", page text \""
                    + body.substring(0, Math.min(200, body.length())).replaceAll("\\s+", " ").trim() + "\")");
            screenshot("isolation-" + route.replaceAll("[^A-Za-z0-9-]", "_"));
        }
        String source = driver.getPageSource();
        for (String secret : mustNotAppear) {
            if (source.contains(secret)) {
                failures.add(route + ": page source contains \"" + secret + "\"");
            }
        }
    }

    /** Opens a route that renders normally and records a failure if the given texts appear. */
    private static void expectWithout(String route, List<String> mustNotAppear, List<String> failures) {
        open(route);
        awaitVaadinIdle();
        if (isPresent(By.id("not-found"))) {
            failures.add(route + ": shows 'not found' where the page should render");
        }
        String source = driver.getPageSource();
        for (String secret : mustNotAppear) {
            if (source.contains(secret)) {
                failures.add(route + ": page source contains \"" + secret + "\"");
                screenshot("isolation-" + route.replaceAll("[^A-Za-z0-9-]", "_"));
            }
        }
    }

    @Test
    @DisplayName("private profile fields are visible to oneself, not to a colleague outside the chain")
    void privateProfileFieldsFollowTheManagementChain() throws SQLException {
        signInAndAwaitHome("acme", "sara.nilsson@acme.example");

        open("people/" + employeeId("acme", "sara.nilsson@acme.example"));
        WebElement own = waitFor(By.id("profile-fields"));
        assertThat(textContent(own)).as("Sara's own profile").contains("Telefon");

        open("people/" + employeeId("acme", "oskar.lund@acme.example"));
        wait(WAIT).until(d -> textContent(d.findElement(By.id("profile-fields"))).contains("oskar.lund@acme.example"));
        assertThat(textContent(driver.findElement(By.id("profile-fields"))))
                .as("a colleague's profile seen by Sara").doesNotContain("Telefon");
    }

    // ------------------------------------------------------------------ tests: sign-out

    @Test
    @DisplayName("signing out with the keyboard through the user menu ends the session")
    void signOutWithTheKeyboard() {
        signInAndAwaitHome("globex", "james.carter@globex.example");

        WebElement menuButton = waitFor(By.cssSelector("#user-menu vaadin-menu-bar-button"));
        wait(WAIT).until(ExpectedConditions.elementToBeClickable(menuButton));
        // Focus the menu bar button by script, then only keys: this also proves keyboard use.
        js("arguments[0].focus();", menuButton);
        menuButton.sendKeys(Keys.ARROW_DOWN);
        WebElement signOut = wait(WAIT).withMessage("#sign-out in the opened user menu")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out")));
        // Move the keyboard focus down the submenu until "sign out" has it, then press Enter.
        wait(WAIT).withMessage("keyboard focus reaches #sign-out").until(d -> {
            if (Boolean.TRUE.equals(js("return arguments[0].hasAttribute('focused') || document.activeElement === arguments[0];", signOut))) {
                return true;
            }
            new Actions(d).sendKeys(Keys.ARROW_DOWN).perform();
            return false;
        });
        new Actions(driver).sendKeys(Keys.ENTER).perform();

        wait(WAIT).withMessage("sign-in page after signing out").until(ExpectedConditions.urlContains("/login"));
        open("");
        wait(WAIT).withMessage("/ redirects to sign-in after signing out").until(ExpectedConditions.urlContains("/login"));
        waitFor(By.cssSelector("#organisation input"));
        assertThat(isPresent(By.id("main-nav"))).isFalse();
    }

    // ------------------------------------------------------------------ browser helpers (the shared fixture's)

    private static void signIn(String organisation, String email, String password) {
        kadens.signIn(organisation, email, password);
    }

    private static void signInAndAwaitHome(String organisation, String email) {
        kadens.signInAndAwaitHome(organisation, email);
    }

    private static void open(String route) {
        kadens.open(route);
    }

    private static void awaitVaadinIdle() {
        kadens.awaitVaadinIdle();
    }

    private static WebElement waitFor(By locator) {
        return kadens.waitFor(locator);
    }

    private static boolean awaitPresent(By locator) {
        return kadens.awaitPresent(locator);
    }

    private static boolean isPresent(By locator) {
        return kadens.isPresent(locator);
    }

    private static WebDriverWait wait(Duration timeout) {
        return kadens.wait(timeout);
    }

    private static Object js(String script, Object... args) {
        return kadens.js(script, args);
    }

    private static String textContent(WebElement element) {
        return kadens.textContent(element);
    }

    private static List<String> navigationLabels() {
        return kadens.navigationLabels();
    }

    private static List<String> gridCellTexts(String gridId) {
        return kadens.gridCellTexts(gridId);
    }

    private static void screenshot(String name) {
        kadens.screenshot(name);
    }

    private static String departmentId(String tenantSlug, String name) {
        return kadens.departmentId(tenantSlug, name);
    }

    private static String employeeId(String tenantSlug, String email) {
        return kadens.employeeId(tenantSlug, email);
    }
}
