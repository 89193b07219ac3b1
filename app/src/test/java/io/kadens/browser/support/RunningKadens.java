package io.kadens.browser.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
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
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The production jar started as its own process against a fresh database with the demo companies,
 * and a headless Chromium to drive it: the fixture of every browser journey.
 *
 * <p>{@link #shared()} is started once per test JVM and used by every journey class that needs
 * nothing special (failsafe runs all IT classes in one JVM); it stops when the JVM ends. A journey
 * that needs its own settings (a fake mail server's port, say) starts a {@link #dedicated} one and
 * closes it itself. Journeys share the browser, so each signs in for itself ({@link #signIn} starts
 * from no cookies).
 *
 * <p>Screenshots land in {@code app/target/screenshots/}; each jar's log in {@code app/target/}.
 */
public final class RunningKadens implements AutoCloseable {

    /** A bound, not a target: 420 s unless {@code -Dkadens.startupSeconds=...} says otherwise (a loaded build machine took over 3 minutes to start the jar with the demo seed). */
    static final Duration ANIMATION_WAIT = Duration.ofSeconds(3);
    public static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(Long.getLong("kadens.startupSeconds", 420));
    public static final Duration WAIT = Duration.ofSeconds(20);
    public static final String DEMO_PASSWORD = "kadens-demo";
    private static final String READY_MARKER = "Kadens is ready at";

    private static RunningKadens shared;
    /** The instance a journey used last, for screenshots on failure. */
    private static volatile RunningKadens lastUsed;

    private final Path targetDir;
    private final Path logFile;
    private final Path dataDir;
    private final Path browserProfile;
    private final TestDatabase database;
    private final String baseUrl;
    private final Process app;
    private final ChromeDriverService driverService;
    private final WebDriver driver;

    /** The jar and browser every journey shares; started on first use, stopped when the JVM ends. */
    public static synchronized RunningKadens shared() {
        if (shared == null) {
            shared = new RunningKadens("production-jar-it", Map.of(), TestDatabase.get(), true);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "stop-kadens-jar"));
        }
        lastUsed = shared;
        return shared;
    }

    /**
     * A jar of its own, with extra environment variables, on a database of its own (created from
     * the test template like every test database); close it when the journey is done.
     */
    public static RunningKadens dedicated(String name, Map<String, String> environment) {
        RunningKadens kadens = new RunningKadens(name, environment, TestDatabase.createFresh(), true);
        lastUsed = kadens;
        return kadens;
    }

    /**
     * Like {@link #dedicated}, without a browser: for tests that speak HTTP to the jar themselves. An
     * entry {@link #MAX_HEAP} in the environment sets the jar's heap.
     */
    public static RunningKadens withoutBrowser(String name, Map<String, String> environment) {
        return new RunningKadens(name, environment, TestDatabase.createFresh(), false);
    }

    /**
     * A jar on a database the test already has (migrated again, which changes nothing): a second instance
     * beside a running one, or the same deployment started again after {@link #kill()}. Close it when done.
     */
    public static RunningKadens onDatabase(String name, Map<String, String> environment, TestDatabase database,
                                           boolean browser) {
        RunningKadens kadens = new RunningKadens(name, environment, database, browser);
        if (browser) {
            lastUsed = kadens;
        }
        return kadens;
    }

    /**
     * Ends the jar's process at once, as {@code kill -9} does: no shutdown hook and no graceful stop run, and
     * its database connections drop mid-transaction. {@link #close()} still quits the browser.
     */
    public void kill() {
        app.destroyForcibly();
        try {
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                fail("the Kadens jar did not end within 30 s of being killed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return app.isAlive();
    }

    private RunningKadens(String name, Map<String, String> extraEnvironment, TestDatabase database, boolean browser) {
        try {
            String jar = System.getProperty("kadens.jar");
            assertThat(jar).as("system property kadens.jar (set by the failsafe plugin)").isNotBlank();
            Path jarPath = Path.of(jar).toAbsolutePath();
            assertThat(jarPath).as("the production jar; build it first with mvn -DskipTests package").isRegularFile();
            this.targetDir = jarPath.getParent();
            this.logFile = targetDir.resolve(name + ".log");
            Files.createDirectories(targetDir.resolve("screenshots"));
            this.database = database;
            this.dataDir = Files.createTempDirectory("kadens-it-data");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                socket.setReuseAddress(true);
                port = socket.getLocalPort();
            }
            this.baseUrl = "http://localhost:" + port + "/";

            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Map<String, String> connection = Map.of(
                    "KADENS_DB_HOST", database.host(),
                    "KADENS_DB_PORT", String.valueOf(database.port()),
                    "KADENS_DB_NAME", database.name(),
                    "KADENS_DB_APP_USER", database.appUser());
            // The production path: the migration step alone gets the owner's credentials, then the web
            // process starts with the application role's only.
            migrate(java, jarPath, connection, name);

            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx" + maxHeap(extraEnvironment), "-jar",
                    jarPath.toString());
            Map<String, String> env = builder.environment();
            env.putAll(connection);
            env.put("KADENS_DB_APP_PASSWORD", database.appPassword());
            // The jar seeds the demo companies into its own fresh database; demo mode listens on loopback only.
            env.put("KADENS_DEMO", "true");
            env.put("SERVER_ADDRESS", "127.0.0.1");
            env.put("SERVER_PORT", String.valueOf(port));
            env.put("KADENS_DATA_DIR", dataDir.toString());
            extraEnvironment.forEach((key, value) -> {
                if (!key.equals(MAX_HEAP)) {
                    env.put(key, value);
                }
            });
            builder.redirectErrorStream(true);
            builder.redirectOutput(logFile.toFile());
            long started = System.nanoTime();
            this.app = builder.start();
            awaitReady(started);

            if (!browser) {
                this.browserProfile = null;
                this.driverService = null;
                this.driver = null;
                return;
            }
            this.browserProfile = Files.createTempDirectory("kadens-it-chromium");
            this.driverService = new ChromeDriverService.Builder()
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
            this.driver = new ChromeDriver(driverService, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Not an environment variable: an entry with this key in the extra environment sets the jar's -Xmx. */
    public static final String MAX_HEAP = "-Xmx";

    private static String maxHeap(Map<String, String> extraEnvironment) {
        return extraEnvironment.getOrDefault(MAX_HEAP, "768m");
    }

    /** Runs {@code java -jar kadens.jar migrate} as the owner and fails the test when it does not succeed. */
    private void migrate(String java, Path jarPath, Map<String, String> connection, String name)
            throws IOException, InterruptedException {
        ProcessBuilder migration = new ProcessBuilder(java, "-Xmx256m", "-jar", jarPath.toString(), "migrate");
        migration.environment().putAll(connection);
        migration.environment().put("KADENS_DB_OWNER_USER", this.database.ownerUser());
        migration.environment().put("KADENS_DB_OWNER_PASSWORD", this.database.ownerPassword());
        migration.environment().put("KADENS_DB_ALLOW_DEFAULT_PASSWORDS", "true");
        Path migrationLog = targetDir.resolve(name + "-migrate.log");
        migration.redirectErrorStream(true);
        migration.redirectOutput(migrationLog.toFile());
        Process process = migration.start();
        if (!process.waitFor(STARTUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            fail("java -jar kadens.jar migrate did not succeed; its log " + migrationLog + ":\n"
                    + Files.readString(migrationLog));
        }
    }

    private void awaitReady(long started) throws InterruptedException {
        Duration left = STARTUP_TIMEOUT.minusNanos(System.nanoTime() - started);
        boolean ready;
        try {
            ready = Awaitility.await("the Kadens jar to start").atMost(left.isNegative() ? Duration.ZERO : left)
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                    .until(() -> log().contains(READY_MARKER) || !app.isAlive(), done -> done);
        } catch (ConditionTimeoutException e) {
            ready = false;
        }
        if (ready && log().contains(READY_MARKER)) {
            System.out.printf("Kadens jar ready after %d s at %s%n",
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), baseUrl);
            return;
        }
        if (!app.isAlive()) {
            fail("The Kadens jar exited with code " + app.exitValue() + " before it was ready. Last lines of "
                    + logFile + ":\n" + logTail(80));
        }
        fail("The Kadens jar did not log \"" + READY_MARKER + "\" within " + STARTUP_TIMEOUT.toSeconds()
                + " s. Last lines of " + logFile + ":\n" + logTail(80));
    }

    @Override
    public synchronized void close() {
        if (driver != null) {
            try {
                driver.quit();
            } catch (RuntimeException e) {
                System.err.println("could not quit the browser: " + e.getMessage());
            }
            driverService.stop();
        }
        app.destroy();
        try {
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
                app.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteQuietly(dataDir);
        if (browserProfile != null) {
            deleteQuietly(browserProfile);
        }
    }

    // ------------------------------------------------------------------ what a journey uses

    public WebDriver driver() {
        lastUsed = this;
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public TestDatabase database() {
        return database;
    }

    public Path screenshotDir() {
        return targetDir.resolve("screenshots");
    }

    /** Signs in from a clean browser (no cookies) and waits until Vaadin is idle; the result is the caller's to check. */
    public void signIn(String organisation, String email, String password) {
        lastUsed = this;
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

    /** Signs a demo person in (password {@value #DEMO_PASSWORD}) and waits for their home page. */
    public void signInAndAwaitHome(String organisation, String email) {
        signIn(organisation, email, DEMO_PASSWORD);
        wait(WAIT).withMessage("home page after signing in as " + email)
                .until(d -> !d.getCurrentUrl().contains("login") && isPresent(By.id("my-manager")));
    }

    /** Types into an input (clearing it first) and waits until the value is there. */
    public void type(By locator, String text) {
        WebElement input = wait(WAIT).until(ExpectedConditions.elementToBeClickable(locator));
        input.clear();
        input.sendKeys(text);
        wait(WAIT).until(d -> text.equals(input.getDomProperty("value")));
    }

    /** Scrolls an element to the middle of the window (away from notifications), then clicks it. */
    public void click(By locator) {
        WebElement element = waitFor(locator);
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        wait(WAIT).until(ExpectedConditions.elementToBeClickable(element));
        element.click();
        awaitVaadinIdle();
    }

    /** Clicks the visible one of an element the page shows twice (a list's table and its cards). */
    public void clickDisplayed(By locator) {
        wait(WAIT).until(d -> d.findElements(locator).stream().anyMatch(WebElement::isDisplayed));
        WebElement element = driver.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow();
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        wait(WAIT).until(ExpectedConditions.elementToBeClickable(element));
        element.click();
        awaitVaadinIdle();
    }

    /** Opens a vaadin-select and picks the first visible item whose label matches; waits until it has closed. */
    public void choose(String selectId, java.util.function.Predicate<String> label) {
        click(By.id(selectId));
        wait(WAIT).until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .anyMatch(item -> label.test(textContent(item)) && item.isDisplayed()));
        driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> label.test(textContent(item)) && item.isDisplayed())
                .findFirst().orElseThrow().click();
        awaitVaadinIdle();
        awaitNoOpenDropDown();
    }

    /** Types into a combo box (single or multi), picks the first item with that text and closes its list. */
    public void pick(String comboId, String text) {
        WebElement input = waitFor(By.cssSelector("#" + comboId + " input"));
        js("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(text);
        wait(WAIT).until(d -> d.findElements(By.cssSelector(
                        "vaadin-combo-box-item, vaadin-multi-select-combo-box-item")).stream()
                .anyMatch(item -> textContent(item).contains(text)));
        input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
        awaitVaadinIdle();
        // Escape first clears what was typed, then closes the list (a multi-select keeps it open after a pick).
        for (int i = 0; i < 3 && openDropDowns() > 0; i++) {
            input.sendKeys(org.openqa.selenium.Keys.ESCAPE);
            awaitVaadinIdle();
        }
        awaitNoOpenDropDown();
    }

    /** Waits until no drop-down is open: an open one makes the rest of the page take no clicks. */
    public void awaitNoOpenDropDown() {
        wait(WAIT).until(d -> openDropDowns() == 0);
    }

    private long openDropDowns() {
        return ((Number) js("return document.querySelectorAll('vaadin-combo-box[opened],"
                + " vaadin-multi-select-combo-box[opened], vaadin-select[opened]').length;")).longValue();
    }

    public void open(String route) {
        lastUsed = this;
        driver.get(baseUrl + route);
        awaitVaadinIdle();
    }

    /** Waits until Vaadin's client has started and has no request to the server in flight. */
    public void awaitVaadinIdle() {
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

    public WebElement waitFor(By locator) {
        try {
            return wait(WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
        } catch (TimeoutException e) {
            throw new AssertionError("No element " + locator + " within " + WAIT.toSeconds() + " s at "
                    + driver.getCurrentUrl() + " (page title \"" + driver.getTitle() + "\")", e);
        }
    }

    public boolean awaitPresent(By locator) {
        try {
            wait(WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    public boolean isPresent(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    public WebDriverWait wait(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        wait.ignoring(NoSuchElementException.class);
        return wait;
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** An element's text content with white space collapsed (also what is inside its shadow-less children). */
    public String textContent(WebElement element) {
        Object text = js("return arguments[0].textContent;", element);
        return text == null ? "" : text.toString().replaceAll("\\s+", " ").trim();
    }

    /** The labels of the side navigation's items, in order: the main group, then the administration group. */
    public List<String> navigationLabels() {
        return driver.findElements(By.cssSelector(
                        "vaadin-side-nav#main-nav vaadin-side-nav-item, vaadin-side-nav#admin-nav vaadin-side-nav-item"))
                .stream()
                .map(this::textContent)
                .toList();
    }

    /** The non-empty cell texts of a Vaadin grid (only rendered rows). */
    @SuppressWarnings("unchecked")
    public List<String> gridCellTexts(String gridId) {
        return (List<String>) js("""
                return Array.from(document.querySelectorAll('#' + arguments[0] + ' vaadin-grid-cell-content'))
                    .map(c => c.textContent.trim()).filter(t => t.length > 0);
                """, gridId);
    }

    /**
     * The serious and critical findings of axe-core's WCAG 2.1 A and AA rules on the current page,
     * each as one readable line; a journey asserts the list is empty.
     */
    public List<String> accessibilityViolations(String page) {
        awaitFiniteAnimations();
        // Notifications are transient overlays that stack and fade: their computed contrast depends on the
        // moment axe looks. Their colours are fixed once, in kadens.css (success green at 6:1 against white).
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .exclude("vaadin-notification-container")
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

    /**
     * Lets opening animations finish first (a notification fading in has, for a moment, too little
     * contrast): waits until no finite animation runs, at most {@link #ANIMATION_WAIT}. Endless ones
     * (progress spinners) are not waited for.
     */
    private void awaitFiniteAnimations() {
        try {
            wait(ANIMATION_WAIT).until(d -> Boolean.TRUE.equals(js("""
                    return document.querySelector('vaadin-notification-card[opening], vaadin-notification-card[closing]') == null
                        && document.getAnimations().every(a => a.playState !== 'running'
                            || a.effect == null || a.effect.getComputedTiming().endTime === Infinity);""")));
        } catch (org.openqa.selenium.TimeoutException stillMoving) {
            // Checked as it is; a real contrast problem stays a problem after any wait.
        }
    }

    public void screenshot(String name) {
        try {
            Path file = screenshotDir().resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(shot);
        } catch (IOException | RuntimeException e) {
            System.err.println("could not take screenshot " + name + ": " + e.getMessage());
        }
    }

    /** Register with {@code @ExtendWith}: a screenshot and the page source when a test fails. */
    public static class ScreenshotOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            RunningKadens kadens = lastUsed;
            if (kadens == null) {
                return;
            }
            String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + "-" + context.getDisplayName();
            kadens.screenshot(name);
            try {
                Files.writeString(kadens.screenshotDir().resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".html"),
                        kadens.driver.getCurrentUrl() + "\n" + kadens.driver.getPageSource(), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                System.err.println("could not save page source: " + e.getMessage());
            }
            System.err.println("Last lines of " + kadens.logFile + ":\n" + kadens.logTail(40));
        }
    }

    // ------------------------------------------------------------------ database lookups

    public String employeeId(String tenantSlug, String email) {
        return idInTenant(tenantSlug, "select id from employee where email = ?", email);
    }

    public String departmentId(String tenantSlug, String name) {
        return idInTenant(tenantSlug, "select id from department where name = ?", name);
    }

    /**
     * Looks an id up as the owner role, which row-level security (FORCE) binds to the tenant like
     * anyone else: the query runs inside the tenant with the given slug.
     */
    public String idInTenant(String tenantSlug, String sql, String key) {
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
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " for " + key + " in " + tenantSlug, e);
        }
    }

    // ------------------------------------------------------------------ process and files

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

    /** The jar's log so far. */
    public String log() {
        try {
            // Decoding bytes replaces a partly written multi-byte character instead of failing.
            return Files.exists(logFile) ? new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String logTail(int lines) {
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
