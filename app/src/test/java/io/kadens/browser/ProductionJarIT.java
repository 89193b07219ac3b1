package io.kadens.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.kadens.tenants.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
 * <p>Screenshots land in {@code app/target/screenshots/}; the jar's log in
 * {@code app/target/production-jar-it.log}.
 */
@ExtendWith(ProductionJarIT.ScreenshotOnFailure.class)
class ProductionJarIT {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String READY_MARKER = "Kadens is ready at";
    private static final String DEMO_PASSWORD = "kadens-demo";

    private static Path targetDir;
    private static Path logFile;
    private static Path dataDir;
    private static Path browserProfile;
    private static Process app;
    private static String baseUrl;
    private static WebDriver driver;
    private static ChromeDriverService driverService;
    private static TestDatabase database;

    // ------------------------------------------------------------------ personas

    enum Kind { HR_ADMIN, MANAGER, EMPLOYEE, OPERATOR }

    record Persona(String key, String organisation, String email, Kind kind, String organisationName,
                   List<String> navigation) {
        @Override
        public String toString() {
            return key;
        }
    }

    private static final List<String> SWEDISH_NAV = List.of("Start", "Personer");
    private static final List<String> ENGLISH_NAV = List.of("Home", "People");

    static Stream<Persona> personas() {
        return Stream.of(
                new Persona("acme-hr-admin", "acme", "anna.lindqvist@acme.example", Kind.HR_ADMIN, "Acme AB", SWEDISH_NAV),
                new Persona("acme-manager", "acme", "erik.johansson@acme.example", Kind.MANAGER, "Acme AB", SWEDISH_NAV),
                new Persona("acme-employee", "acme", "sara.nilsson@acme.example", Kind.EMPLOYEE, "Acme AB", SWEDISH_NAV),
                new Persona("globex-hr-admin", "globex", "olivia.hayes@globex.example", Kind.HR_ADMIN, "Globex Inc", ENGLISH_NAV),
                new Persona("globex-manager", "globex", "james.carter@globex.example", Kind.MANAGER, "Globex Inc", ENGLISH_NAV),
                new Persona("globex-employee", "globex", "emma.brooks@globex.example", Kind.EMPLOYEE, "Globex Inc", ENGLISH_NAV),
                new Persona("operator", "operator", "operator@kadens.example", Kind.OPERATOR, null, List.of("Tenants")));
    }

    // ------------------------------------------------------------------ lifecycle

    @BeforeAll
    static void startJarAndBrowser() throws Exception {
        String jar = System.getProperty("kadens.jar");
        assertThat(jar).as("system property kadens.jar (set by the failsafe plugin)").isNotBlank();
        Path jarPath = Path.of(jar).toAbsolutePath();
        assertThat(jarPath).as("the production jar; build it first with mvn -DskipTests install").isRegularFile();
        targetDir = jarPath.getParent();
        logFile = targetDir.resolve("production-jar-it.log");
        Files.createDirectories(targetDir.resolve("screenshots"));

        database = TestDatabase.get();
        dataDir = Files.createTempDirectory("kadens-it-data");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            port = socket.getLocalPort();
        }
        baseUrl = "http://localhost:" + port + "/";

        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", jarPath.toString());
        Map<String, String> env = builder.environment();
        env.put("KADENS_DB_HOST", database.host());
        env.put("KADENS_DB_PORT", String.valueOf(database.port()));
        env.put("KADENS_DB_NAME", database.name());
        env.put("KADENS_DB_APP_USER", database.appUser());
        env.put("KADENS_DB_APP_PASSWORD", database.appPassword());
        env.put("KADENS_DB_OWNER_USER", database.ownerUser());
        env.put("KADENS_DB_OWNER_PASSWORD", database.ownerPassword());
        // The test asks the jar to seed the demo companies into its own fresh database.
        env.put("KADENS_DEMO", "true");
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("KADENS_DATA_DIR", dataDir.toString());
        builder.redirectErrorStream(true);
        builder.redirectOutput(logFile.toFile());
        long started = System.nanoTime();
        app = builder.start();
        awaitReady(started);

        startBrowser();
    }

    private static void awaitReady(long started) throws InterruptedException {
        long deadline = started + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (log().contains(READY_MARKER)) {
                System.out.printf("Kadens jar ready after %d s at %s%n",
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), baseUrl);
                return;
            }
            if (!app.isAlive()) {
                fail("The Kadens jar exited with code " + app.exitValue() + " before it was ready. Last lines of "
                        + logFile + ":\n" + logTail(80));
            }
            Thread.sleep(250);
        }
        fail("The Kadens jar did not log \"" + READY_MARKER + "\" within " + STARTUP_TIMEOUT.toSeconds()
                + " s. Last lines of " + logFile + ":\n" + logTail(80));
    }

    private static void startBrowser() throws IOException {
        browserProfile = Files.createTempDirectory("kadens-it-chromium");
        driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("KADENS_CHROMEDRIVER", "chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("KADENS_CHROMIUM", "chromium", "chromium-browser", "google-chrome"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=en-US", "--window-size=1280,900",
                "--user-data-dir=" + browserProfile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        driver = new ChromeDriver(driverService, options);
    }

    @AfterAll
    static void stopBrowserAndJar() throws InterruptedException {
        if (driver != null) {
            try {
                driver.quit();
            } catch (RuntimeException e) {
                System.err.println("could not quit the browser: " + e.getMessage());
            }
            driver = null;
        }
        if (driverService != null) {
            driverService.stop();
        }
        if (app != null) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
                app.waitFor(10, TimeUnit.SECONDS);
            }
        }
        deleteQuietly(dataDir);
        deleteQuietly(browserProfile);
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

    /** The WCAG 2.1 A and AA rules of axe-core; serious and critical findings fail the journey. */
    private static List<String> accessibilityViolations(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        // The rules really ran on this page: an empty result would otherwise pass silently.
        assertThat(results.isErrored()).as("axe-core errored on %s: %s", page, results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("axe-core checks that passed on %s", page).isNotEmpty();
        List<String> found = new ArrayList<>();
        for (Rule violation : results.getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                List<String> targets = violation.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .limit(5).toList();
                found.add(page + ": " + violation.getId() + " (" + violation.getImpact() + ") " + violation.getHelp()
                        + " at " + targets);
            }
        }
        return found;
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
                // The operator's tenant list is no tenant user's page: it must not list the other tenant.
                new IsolationRow("operator/tenants", "", List.of("Globex", "globex"), true));
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
        assertThat(failures).as("cross-tenant route isolation (screenshots in %s)", targetDir.resolve("screenshots"))
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

    // ------------------------------------------------------------------ browser helpers

    private static void signIn(String organisation, String email, String password) {
        driver.manage().deleteAllCookies();
        open("login");
        type(By.cssSelector("#organisation input"), organisation);
        type(By.cssSelector("#email input"), email);
        type(By.cssSelector("#password input"), password);
        WebElement button = waitFor(By.id("sign-in"));
        wait(WAIT).until(ExpectedConditions.elementToBeClickable(button));
        button.click();
        awaitVaadinIdle();
    }

    private static void signInAndAwaitHome(String organisation, String email) {
        signIn(organisation, email, DEMO_PASSWORD);
        wait(WAIT).withMessage("home page after signing in as " + email)
                .until(d -> !d.getCurrentUrl().contains("login") && isPresent(By.id("my-manager")));
    }

    private static void type(By locator, String text) {
        WebElement input = wait(WAIT).until(ExpectedConditions.elementToBeClickable(locator));
        input.clear();
        input.sendKeys(text);
        wait(WAIT).until(d -> text.equals(input.getDomProperty("value")));
    }

    private static void open(String route) {
        driver.get(baseUrl + route);
        awaitVaadinIdle();
    }

    /** Waits until Vaadin's client has started and has no request to the server in flight. */
    private static void awaitVaadinIdle() {
        try {
            wait(WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                    if (document.readyState !== 'complete') return false;
                    const flow = window.Vaadin && window.Vaadin.Flow;
                    if (!flow || !flow.clients) return false;
                    const clients = Object.values(flow.clients).filter(c => c && typeof c.isActive === 'function');
                    return clients.length > 0 && clients.every(c => !c.isActive());
                    """)));
        } catch (TimeoutException e) {
            throw new AssertionError("Vaadin did not become idle at " + driver.getCurrentUrl(), e);
        }
    }

    private static WebElement waitFor(By locator) {
        try {
            return wait(WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
        } catch (TimeoutException e) {
            throw new AssertionError("No element " + locator + " within " + WAIT.toSeconds() + " s at "
                    + driver.getCurrentUrl() + " (page title \"" + driver.getTitle() + "\")", e);
        }
    }

    private static boolean awaitPresent(By locator) {
        try {
            wait(WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private static boolean isPresent(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    private static WebDriverWait wait(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        wait.ignoring(NoSuchElementException.class);
        return wait;
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static String textContent(WebElement element) {
        Object text = js("return arguments[0].textContent;", element);
        return text == null ? "" : text.toString().replaceAll("\\s+", " ").trim();
    }

    private static List<String> navigationLabels() {
        return driver.findElements(By.cssSelector("vaadin-side-nav#main-nav vaadin-side-nav-item")).stream()
                .map(ProductionJarIT::textContent)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> gridCellTexts(String gridId) {
        return (List<String>) js("""
                return Array.from(document.querySelectorAll('#' + arguments[0] + ' vaadin-grid-cell-content'))
                    .map(c => c.textContent.trim()).filter(t => t.length > 0);
                """, gridId);
    }

    static void screenshot(String name) {
        if (driver == null) {
            return;
        }
        try {
            Path file = targetDir.resolve("screenshots").resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(shot);
        } catch (IOException | RuntimeException e) {
            System.err.println("could not take screenshot " + name + ": " + e.getMessage());
        }
    }

    /** Takes a screenshot of the browser when a test fails, before the browser is closed. */
    static class ScreenshotOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            String name = "FAILED-" + context.getRequiredTestMethod().getName() + "-" + context.getDisplayName();
            screenshot(name);
            if (driver != null) {
                try {
                    Files.writeString(targetDir.resolve("screenshots").resolve(
                                    name.replaceAll("[^A-Za-z0-9._-]", "_") + ".html"),
                            driver.getCurrentUrl() + "\n" + driver.getPageSource(), StandardCharsets.UTF_8);
                } catch (IOException | RuntimeException e) {
                    System.err.println("could not save page source: " + e.getMessage());
                }
            }
            if (logFile != null) {
                System.err.println("Last lines of " + logFile + ":\n" + logTail(40));
            }
        }
    }

    // ------------------------------------------------------------------ database and files

    /** The id of a person, found as the owner role inside that person's tenant (FORCE RLS applies to the owner too). */
    private static String departmentId(String tenantSlug, String name) throws SQLException {
        return idInTenant(tenantSlug, "select id from department where name = ?", name);
    }

    private static String employeeId(String tenantSlug, String email) throws SQLException {
        return idInTenant(tenantSlug, "select id from employee where email = ?", email);
    }

    /** Looks an id up as the owner role, which row-level security binds to the tenant like anyone else. */
    private static String idInTenant(String tenantSlug, String sql, String key) throws SQLException {
        try (Connection connection = database.openAsOwner()) {
            try (PreparedStatement bind = connection.prepareStatement(
                    "select set_config('app.tenant_id', (select id::text from tenant where slug = ?), false)")) {
                bind.setString(1, tenantSlug);
                bind.execute();
            }
            try (PreparedStatement find = connection.prepareStatement(sql)) {
                find.setString(1, key);
                try (ResultSet rows = find.executeQuery()) {
                    assertThat(rows.next()).as("%s for %s in tenant %s", sql, key, tenantSlug).isTrue();
                    return rows.getString(1);
                }
            }
        }
    }

    /**
     * A browser or driver executable: the path in the environment variable when set, else the first
     * of the names found on the PATH (Debian calls it chromium, other systems chromium-browser or
     * google-chrome).
     */
    static String executable(String variable, String... names) {
        String given = System.getenv(variable);
        if (given != null && !given.isBlank()) {
            return given;
        }
        for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : names) {
                File candidate = new File(directory, name);
                if (candidate.canExecute()) {
                    return candidate.getAbsolutePath();
                }
            }
        }
        throw new IllegalStateException("none of " + List.of(names) + " is on the PATH; install Debian's chromium"
                + " and chromium-driver (bash .ci/test does) or set " + variable);
    }

    private static String log() {
        try {
            // Decoding bytes replaces a partly written multi-byte character instead of failing.
            return Files.exists(logFile) ? new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String logTail(int lines) {
        try {
            List<String> all = Files.exists(logFile) ? log().lines().toList() : List.of("(no log file)");
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (RuntimeException e) {
            return "(could not read " + logFile + ": " + e.getMessage() + ")";
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            Optional.ofNullable(e.getMessage()).ifPresent(message -> System.err.println("could not delete " + dir + ": " + message));
        }
    }
}
