package io.demarc.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser on the console: Debian's headless Chromium driven through {@code /usr/bin/chromedriver}, with
 * a profile of its own (no cookie shared with another browser), signing in on Keycloak's real sign-in page.
 *
 * <p>
 * The page-object helper every browser test uses: {@link #signIn(String)}, {@link #open(String)},
 * {@link #screenshot(String)}, and a few finders. A page test reads like a person's steps:
 *
 * <pre>
 * browser.signIn("acme-admin");
 * browser.open("/tenants/acme/matrix");
 * assertThat(browser.heading()).isEqualTo("Responsibility matrix");
 * browser.screenshot("walkthrough-matrix");
 * </pre>
 *
 * Selenium Manager never runs: the driver and the browser are given by path, and a machine without them fails with
 * what to install.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("demarc.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("demarc.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("demarc.screenshots", "target/screenshots"));
    static final Duration WAIT = Duration.ofSeconds(30);

    private final String consoleUrl;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private String user;

    private ConsoleBrowser(String consoleUrl, Path profile, ChromeDriver driver) {
        this.consoleUrl = consoleUrl;
        this.profile = profile;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /** A new browser with an empty profile, pointed at the console at {@code consoleUrl} (not opened yet). */
    static ConsoleBrowser start(String consoleUrl) {
        requireInstalled(CHROMIUM, "chromium");
        requireInstalled(CHROMEDRIVER, "chromium-driver");
        // Belt and braces: Selenium Manager (which would download a browser or driver) is never asked.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("demarc-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        // The browser's console log (CSP violations, script errors) is kept, so a test can read it: consoleErrors().
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        return new ConsoleBrowser(consoleUrl.replaceAll("/+$", ""), profile, driver);
    }

    private static void requireInstalled(Path binary, String debianPackage) {
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException(binary + " is missing: the browser tests drive Debian's headless Chromium."
                    + " Install it with: apt-get install -y chromium chromium-driver (.ci/run does this), or point"
                    + " -Ddemarc.chromium / -Ddemarc.chromedriver at the binaries.");
        }
    }

    /**
     * Opens the console's start page and signs in as a demo user on Keycloak's sign-in page; returns the path the
     * console landed on (e.g. {@code /tenants/acme}).
     */
    String signIn(String username) {
        return signIn(username, "/");
    }

    /** Opens {@code path} while signed out, signs in on Keycloak's page, and returns where the console landed. */
    String signIn(String username, String path) {
        driver.get(consoleUrl + path);
        return signInOnKeycloak(username);
    }

    /** Fills Keycloak's sign-in page, which must be showing, and waits until the console answers again. */
    String signInOnKeycloak(String username) {
        awaitSignInPage();
        WebElement name = driver.findElement(By.id("username"));
        name.clear();
        name.sendKeys(username);
        if (driver.findElements(By.id("password")).isEmpty()) {
            // With organizations enabled Keycloak asks for the username first (identity-first), then the password.
            driver.findElement(By.id("kc-login")).click();
            wait.withMessage(() -> "Keycloak did not ask for " + username + "'s password; at "
                    + driver.getCurrentUrl()).until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
        }
        driver.findElement(By.id("password")).sendKeys(RealStack.running().endpoints().demoUserPassword());
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlMatches("^" + Pattern.quote(consoleUrl) + "(/|$)"));
        wait.until(ready -> "complete".equals(driver.executeScript("return document.readyState")));
        this.user = username;
        return path();
    }

    /** Waits for Keycloak's sign-in page (its username field) and fails with the page shown if it does not come. */
    void awaitSignInPage() {
        wait.withMessage(() -> "Keycloak's sign-in page did not show; at " + driver.getCurrentUrl())
                .until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }

    /** Whether Keycloak's sign-in page (asking who signs in) is showing, not a console page. */
    boolean onSignInPage() {
        return !driver.getCurrentUrl().startsWith(consoleUrl) && !driver.findElements(By.id("username")).isEmpty();
    }

    /** Opens a console page by path, e.g. {@code /tenants/acme/findings?status=FAIL}. */
    ConsoleBrowser open(String path) {
        driver.get(consoleUrl + path);
        return this;
    }

    /** Reloads the current page. */
    ConsoleBrowser reload() {
        driver.navigate().refresh();
        return this;
    }

    /** Clicks the link with exactly this text and waits for the next page. */
    ConsoleBrowser clickLink(String text) {
        WebElement link = driver.findElement(By.linkText(text));
        link.click();
        awaitGone(link);
        return this;
    }

    /** Signs out through the console's sign-out link; returns where the browser ended up. */
    String signOut() {
        clickLink("Sign out");
        // Keycloak ends its session and sends the browser back to /signed-out (with the logout's state).
        wait.until(ExpectedConditions.urlMatches("^" + Pattern.quote(consoleUrl) + "/signed-out([?].*)?$"));
        user = null;
        return path();
    }

    /** The console path (with query) the browser shows; the full URL when it is not on the console. */
    String path() {
        String url = driver.getCurrentUrl();
        if (!url.startsWith(consoleUrl)) {
            return url;
        }
        URI uri = URI.create(url);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String title() {
        return driver.getTitle();
    }

    /** The page's first {@code h1}. */
    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The text of {@code <main>}: what a page says, without the header and navigation. */
    String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    Optional<WebElement> find(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).stream().findFirst();
    }

    List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** Text of the first element matching, or empty. */
    String text(String cssSelector) {
        return find(cssSelector).map(WebElement::getText).orElse("");
    }

    /** The console's cookies by name prefix, e.g. {@code q_session} (the encrypted session, split into parts). */
    List<Cookie> cookies(String namePrefix) {
        return driver.manage().getCookies().stream().filter(c -> c.getName().startsWith(namePrefix)).toList();
    }

    /** Deletes the cookies whose name starts with {@code namePrefix}: how a test makes a session expire. */
    void deleteCookies(String namePrefix) {
        cookies(namePrefix).forEach(cookie -> driver.manage().deleteCookie(cookie));
    }

    /**
     * Deletes every cookie of the browser, the console's and Keycloak's (WebDriver's own delete only reaches the
     * current page's cookies, and Keycloak's live under {@code /realms/demarc/}): as if both sessions had expired.
     */
    void deleteAllCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /**
     * Clicks the first element matching {@code cssSelector} (a link or a submit button) and waits for the next page.
     */
    ConsoleBrowser click(String cssSelector) {
        WebElement element = driver.findElement(By.cssSelector(cssSelector));
        element.click();
        awaitGone(element);
        wait.until(ready -> "complete".equals(driver.executeScript("return document.readyState")));
        return this;
    }

    /**
     * Waits until the element's page was replaced. Chromium answers a query on an element of a page being replaced
     * either as stale or with "Node with given id does not belong to the document": both mean the next page came.
     */
    private void awaitGone(WebElement element) {
        wait.until(gone -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException replaced) {
                return true;
            }
        });
    }

    /** Sets the window's size, e.g. 1400x900 for screenshots a person can read. */
    ConsoleBrowser windowSize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /**
     * The errors the browser logged since the last call (a CSP violation, a failed script or resource), each as
     * "level message"; reading the log empties it.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Runs a script in the page and returns its result (a list of strings, a string, a boolean). */
    Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    /** The user this browser signed in as, or null. */
    String user() {
        return user;
    }

    WebDriver driver() {
        return driver;
    }

    /** Saves the visible page as {@code target/screenshots/<name>.png} and returns the file. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(taken);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteRecursively(profile);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile; the next boot's tmp cleaning takes what is left
        }
    }
}
