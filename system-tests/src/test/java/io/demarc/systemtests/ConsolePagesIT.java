package io.demarc.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's pages in a real browser (headless Chromium) on the real stack, signed in on Keycloak's page: the MSP
 * overview, an owner assigned from the matrix, an exception requested by one person and approved by another in a
 * browser of their own (and refused to its own requester), and a walkthrough of every main page with a screenshot of
 * each ({@code target/screenshots/walkthrough-*.png}, 1400x900) and no error in the browser's log (a CSP violation
 * would be one).
 */
@ExtendWith(RealStack.class)
@Order(5)
class ConsolePagesIT {

    /** How long a page may show reporting's event-fed copy before it catches up with ownership or assessment. */
    static final Duration READ_MODEL_LAG = Duration.ofSeconds(90);

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void theMspOperatorSeesEveryTenantOnTheOverviewAndOpensOne() {
        ConsoleBrowser browser = browsers.open();

        assertThat(browser.signIn("msp-operator")).isEqualTo("/overview");

        assertThat(browser.heading()).isEqualTo("All tenants");
        List<String> tenants = browser.findAll("table.overview tbody th[scope=row] > a").stream()
                .map(link -> link.getAttribute("href")).map(ConsolePagesIT::pathOf).toList();
        assertThat(tenants).contains("/tenants/acme", "/tenants/globex");
        assertThat(browser.text("table.overview tbody")).contains("Acme Corp", "Globex Corporation");

        browser.click("table.overview tbody th[scope=row] > a[href='/tenants/acme']");

        assertThat(browser.path()).isEqualTo("/tenants/acme");
        assertThat(browser.heading()).isEqualTo("acme");
        assertThat(browser.text(".tenant-name")).isEqualTo("acme");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theMatrixShowsTheOwnerRightAfterAssigningIt() {
        ConsoleBrowser browser = browsers.open();
        browser.signIn("acme-admin");
        browser.open("/tenants/acme/matrix");
        assertThat(browser.heading()).isEqualTo("Responsibility matrix");

        // An unowned cell (customer or shared side); htmx opens it in the detail panel below the heat map.
        WebElement cell = browser.find("td.cell.unowned a").orElseThrow(
                () -> new AssertionError("no unowned cell in acme's matrix: " + browser.mainText()));
        String cellPath = pathOf(cell.getAttribute("href"));
        cell.click();
        new WebDriverWait(browser.driver(), ConsoleBrowser.WAIT).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cell-detail .cell-panel")));
        assertThat(browser.text("#cell-detail .cell-panel")).contains("Unowned");
        assertThat(browser.path()).as("the panel opens in place").isEqualTo("/tenants/acme/matrix");

        new Select(browser.find("#cell-detail #assign-team").orElseThrow()).selectByVisibleText("Security");
        browser.click("#cell-detail form[action$='/owner'] button[type=submit]");

        // Post/Redirect/Get to the cell's own page, which reads the owner from ownership itself: no lag.
        assertThat(browser.path()).isEqualTo(cellPath + "?assigned=1");
        assertThat(browser.text(".notice.success")).isEqualTo("The owner is assigned.");
        assertThat(browser.text(".owner-name")).isEqualTo("Security");

        // The heat map is reporting's copy, fed by ownership's events: it names the owner within a bounded wait.
        await().atMost(READ_MODEL_LAG).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            browser.open("/tenants/acme/matrix");
            String label = browser.find("td.cell a[href='" + cellPath + "']").map(a -> a.getAttribute("aria-label"))
                    .orElse("");
            assertThat(label).contains("owned by Security").doesNotContain("unowned");
        });
        assertThat(browser.text("td.cell a[href='" + cellPath + "'] .owner")).isEqualTo("Security");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void anAnalystsExceptionIsApprovedByAnAdminInAnotherSession() {
        ConsoleBrowser analyst = browsers.open();
        analyst.signIn("acme-analyst");
        String finding = failingFindingsWithoutException(analyst).get(0);
        String exception = requestException(analyst, finding, "Browser test: the analyst's accepted risk.");
        analyst.open(exception);
        assertThat(analyst.text("h1 .badge")).isEqualTo("requested");
        assertThat(analyst.findAll("form[action$='/approve']")).as("an analyst requests, never decides").isEmpty();

        ConsoleBrowser admin = browsers.open();
        admin.signIn("acme-admin");
        admin.open(exception);
        assertThat(admin.text("h1 .badge")).isEqualTo("requested");
        admin.find("#d-note").orElseThrow().sendKeys("Looked at it: fine until then.");
        admin.click("form[action$='/approve'] button[value=approve]");

        assertThat(admin.path()).isEqualTo(exception + "?done=approve");
        assertThat(admin.text(".notice.success")).startsWith("Exception approved");
        assertThat(admin.text("h1 .badge")).isEqualTo("approved");

        // The analyst, in their own session, sees the decision and who made it.
        analyst.reload();
        assertThat(analyst.text("h1 .badge")).isEqualTo("approved");
        assertThat(analyst.mainText()).contains("by acme-admin", "Looked at it: fine until then.");
        assertThat(analyst.consoleErrors()).isEmpty();
        assertThat(admin.consoleErrors()).isEmpty();
    }

    @Test
    void anAdminCannotApproveTheirOwnRequest() {
        ConsoleBrowser admin = browsers.open();
        admin.signIn("acme-admin");
        List<String> failing = failingFindingsWithoutException(admin);
        // Not the one the analyst's test may take: the last of the first page.
        String exception = requestException(admin, failing.get(failing.size() - 1),
                "Browser test: the admin's own request.");
        admin.open(exception);
        assertThat(admin.mainText()).contains("You requested this exception: four eyes");

        admin.click("form[action$='/approve'] button[value=approve]");

        assertThat(admin.path()).isEqualTo(exception + "/approve");
        assertThat(admin.text(".notice.error")).startsWith("Not done: Four eyes");
        assertThat(admin.text("h1 .badge")).isEqualTo("requested");
        admin.screenshot("walkthrough-exception-four-eyes");
        admin.open(exception);
        assertThat(admin.text("h1 .badge")).as("still waiting for a second admin").isEqualTo("requested");
    }

    @Test
    void theWalkthroughOfEveryMainPageShowsNoError() {
        ConsoleBrowser operator = browsers.open().windowSize(1400, 900);
        operator.signIn("msp-operator");
        visit(operator, "/overview", "All tenants", "walkthrough-overview");

        ConsoleBrowser admin = browsers.open().windowSize(1400, 900);
        admin.signIn("acme-admin");
        visit(admin, "/tenants/acme", "acme", "walkthrough-home");
        visit(admin, "/tenants/acme/matrix", "Responsibility matrix", "walkthrough-matrix");
        String cell = admin.find("td.cell:not(.side-aws) a").map(a -> pathOf(a.getAttribute("href"))).orElseThrow();
        visit(admin, cell, null, "walkthrough-matrix-cell");
        visit(admin, "/tenants/acme/inventory", "Inventory", "walkthrough-inventory");
        String resource = admin.find("main tbody a[href^='/tenants/acme/inventory/']")
                .map(a -> pathOf(a.getAttribute("href"))).orElseThrow();
        visit(admin, resource, null, "walkthrough-resource");
        visit(admin, "/tenants/acme/findings?status=FAIL", "Findings", "walkthrough-findings");
        String finding = admin.find("main tbody th a[href^='/tenants/acme/findings/']")
                .map(a -> pathOf(a.getAttribute("href"))).orElseThrow();
        visit(admin, finding, null, "walkthrough-finding");
        visit(admin, "/tenants/acme/work-queues", "Work queues", "walkthrough-work-queues");
        visit(admin, "/tenants/acme/exceptions", "Exceptions", "walkthrough-exceptions");
        String exception = admin.find("#exceptions-table tbody th a").map(a -> pathOf(a.getAttribute("href")))
                .orElseThrow();
        visit(admin, exception, null, "walkthrough-exception");
        visit(admin, "/tenants/acme/exceptions/new", "Request an exception", "walkthrough-exception-request");
        visit(admin, "/tenants/acme/ownership", "Teams and ownership", "walkthrough-ownership");
        visit(admin, "/tenants/acme/ownership/unowned", "Teams and ownership", "walkthrough-ownership-unowned");
        visit(admin, "/tenants/acme/accounts", "AWS accounts", "walkthrough-accounts");
        visit(admin, "/tenants/acme/frameworks", "Frameworks and attestations", "walkthrough-frameworks");
        visit(admin, "/tenants/acme/reports", "Reports", "walkthrough-reports");
        visit(admin, "/tenants/acme/custom-controls", "Custom controls", "walkthrough-custom-controls");
    }

    /** Opens a page, checks it is the page and not an error page, screenshots it, and checks the browser's log. */
    private static void visit(ConsoleBrowser browser, String path, String heading, String screenshot) {
        browser.open(path);
        assertThat(browser.find(".error-page")).as(path + ": " + browser.mainText()).isEmpty();
        if (heading != null) {
            assertThat(browser.heading()).as(path).isEqualTo(heading);
        }
        browser.screenshot(screenshot);
        assertThat(browser.consoleErrors()).as(path + ": the browser's log").isEmpty();
    }

    /** The paths of failing findings of acme's first page that no exception covers yet. */
    @SuppressWarnings("unchecked")
    private static List<String> failingFindingsWithoutException(ConsoleBrowser browser) {
        browser.open("/tenants/acme/findings?status=FAIL");
        List<String> paths = (List<String>) browser.script("return [...document.querySelectorAll('main tbody tr')]"
                + ".filter(row => !row.querySelector('.badge.approved'))"
                + ".map(row => row.querySelector('th a')).filter(a => a).map(a => a.getAttribute('href'));");
        assertThat(paths).as("acme's failing findings: " + browser.mainText()).isNotEmpty();
        return paths;
    }

    /** Requests an exception on the finding's page, as a person does; returns the new exception's path. */
    private static String requestException(ConsoleBrowser browser, String finding, String justification) {
        browser.open(finding);
        browser.find("#x-justification").orElseThrow().sendKeys(justification);
        String expires = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
        // A date input takes what a person types in the browser's locale: set its value as the date picker does.
        browser.script("arguments[0].value = arguments[1];", browser.find("#x-expires").orElseThrow(), expires);
        browser.click("form[action$='/exception-request'] button[type=submit]");
        assertThat(browser.path()).as(browser.mainText()).startsWith(finding + "?requested=");
        assertThat(browser.text(".notice.success")).startsWith("Exception requested");
        return browser.find(".notice.success a[href^='/tenants/acme/exceptions/']")
                .map(a -> pathOf(a.getAttribute("href"))).orElseThrow();
    }

    /** The path (with query) of a link's absolute URL. */
    private static String pathOf(String href) {
        java.net.URI uri = java.net.URI.create(href);
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
