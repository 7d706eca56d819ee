package io.demarc.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The console in a real browser (headless Chromium) on the real stack, signing in on Keycloak's real sign-in page:
 * where each demo role lands, what an auditor may not touch, the tenant wall as a person meets it, sign-out, an
 * expired session, and the platform-admin's move from one tenant to another. Screenshots of what a person sees go to
 * {@code target/screenshots/} (walkthrough-*.png; failed-*.png when a test fails).
 */
@ExtendWith(RealStack.class)
@Order(4)
class ConsoleSignInIT {

    /**
     * The main pages of a tenant, which the auditor can open; each page added to the console belongs here too. The
     * custom controls are an administrator's only: the auditor gets the refusal page there.
     */
    static final List<String> ACME_PAGES = List.of("/tenants/acme", "/tenants/acme/matrix",
            "/tenants/acme/inventory", "/tenants/acme/findings", "/tenants/acme/work-queues",
            "/tenants/acme/exceptions", "/tenants/acme/exceptions/new", "/tenants/acme/ownership",
            "/tenants/acme/ownership/unowned", "/tenants/acme/accounts", "/tenants/acme/frameworks",
            "/tenants/acme/reports");

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "msp-operator, /overview, platform-admin",
            "acme-admin,   /tenants/acme, tenant-admin",
            "acme-analyst, /tenants/acme, analyst",
            "acme-auditor, /tenants/acme, auditor",
            "globex-admin, /tenants/globex, tenant-admin"})
    void eachDemoRoleSignsInOnKeycloakAndLandsOnItsStartPage(String user, String landing, String role) {
        ConsoleBrowser browser = browsers.open();

        assertThat(browser.signIn(user)).isEqualTo(landing);

        assertThat(browser.text(".role-badge")).isEqualTo(role);
        assertThat(browser.text(".user-name")).isNotBlank();
        if (landing.startsWith("/tenants/")) {
            String tenant = landing.substring("/tenants/".length());
            assertThat(browser.heading()).isEqualTo(tenant);
            // The home is read from reporting with the user's own token: the posture table or its empty state.
            assertThat(browser.find("table[aria-labelledby=posture-heading]").isPresent()
                    || browser.mainText().contains("No framework posture yet")).as(browser.mainText()).isTrue();
            assertThat(browser.mainText()).contains("Mean time to remediate", "What " + tenant + " runs");
        }
    }

    @Test
    void theAuditorSeesNoWriteControl() {
        ConsoleBrowser browser = browsers.open();
        browser.signIn("acme-auditor");

        for (String page : ACME_PAGES) {
            browser.open(page);
            assertThat(browser.find(".error-page")).as(page + ": " + browser.mainText()).isEmpty();
            // The one POST an auditor has: asking reporting for an evidence package, which changes nothing of the
            // tenant (reporting allows auditors to; evidence is what an auditor is for).
            assertThat(browser.findAll("main form[method=post], main form[method=POST]").stream()
                    .map(form -> form.getAttribute("action")).toList()).as(page)
                    .allMatch(action -> action.endsWith("/tenants/acme/reports/evidence-packages"));
            assertThat(browser.findAll("[hx-post], [hx-put], [hx-patch], [hx-delete]")).as(page).isEmpty();
            // A form is a filter (GET) or, outside main, sign-out; the sign-out is a link today, not a form.
            assertThat((List<?>) browser.script("return [...document.forms].filter(f => f.method !== 'get'"
                    + " && !(f.getAttribute('action') || '').endsWith('/reports/evidence-packages'))"
                    + ".map(f => f.getAttribute('action'));")).as(page)
                    .allMatch(action -> action != null && action.toString().endsWith("/sign-out"));
            // The only buttons left are the view's own (sorting a table, a filter form's GET), never an action.
            assertThat((List<?>) browser.script("return [...document.querySelectorAll('main button, main input"
                    + "[type=submit], main input[type=button]')].filter(b => !b.classList.contains('sort')"
                    + " && !(b.form && (b.form.method === 'get'"
                    + " || (b.form.getAttribute('action') || '').endsWith('/reports/evidence-packages'))))"
                    + ".map(b => b.outerHTML);")).as(page).isEmpty();
        }
        assertThat(browser.findAll("a[href$='/custom-controls']")).isEmpty();
        browser.open("/tenants/acme/custom-controls");
        assertThat(browser.find(".error-page")).as("custom controls are an administrator's").isPresent();
        assertThat(browser.text(".status-code")).isIn("403", "404");
        assertThat(browser.findAll("main form[method=post], main form[method=POST]")).isEmpty();
    }

    @Test
    void anotherTenantsPageIsTheSameNotFoundPageAsAMissingOne() {
        ConsoleBrowser browser = browsers.open();
        browser.signIn("acme-analyst");

        browser.open("/tenants/globex");
        String otherTenant = browser.mainText();
        String otherTitle = browser.title();
        browser.screenshot("walkthrough-not-found");
        browser.open("/tenants/acme/no-such-page");
        String missing = browser.mainText();

        assertThat(otherTenant).contains("404", "Not found").doesNotContain("globex");
        assertThat(otherTenant).isEqualTo(missing);
        assertThat(otherTitle).isEqualTo(browser.title());
        browser.open("/tenants/no-such-tenant");
        assertThat(browser.mainText()).isEqualTo(missing);
    }

    @Test
    void signOutEndsTheKeycloakSessionToo() {
        ConsoleBrowser browser = browsers.open();
        browser.signIn("acme-admin");

        assertThat(browser.signOut()).startsWith("/signed-out");
        assertThat(browser.heading()).isEqualTo("You are signed out");
        browser.screenshot("walkthrough-signed-out");
        assertThat(browser.cookies("q_session")).isEmpty();

        // A new visit asks for the password again: Keycloak's single sign-on session ended with the console's.
        browser.open("/tenants/acme");
        browser.awaitSignInPage();
        assertThat(browser.onSignInPage()).isTrue();
    }

    @Test
    void anExpiredSessionReturnsToThePageTheUserWasOnAfterSigningInAgain() {
        ConsoleBrowser browser = browsers.open();
        browser.signIn("msp-operator");
        // Not where the operator lands after a sign-in (/overview): a page of its own, so returning there is proof.
        browser.open("/tenants/globex");
        assertThat(browser.heading()).isEqualTo("globex");
        assertThat(browser.cookies("q_session")).isNotEmpty();

        // The console's session expires while Keycloak's lasts: the next click signs in again without a prompt.
        browser.deleteCookies("q_session");
        browser.reload();
        assertThat(browser.path()).isEqualTo("/tenants/globex");
        assertThat(browser.heading()).isEqualTo("globex");

        // Both expire: Keycloak asks for the password, then the user is back on the page they were on.
        browser.deleteAllCookies();
        browser.reload();
        browser.awaitSignInPage();
        browser.screenshot("walkthrough-sign-in");
        assertThat(browser.signInOnKeycloak("msp-operator")).isEqualTo("/tenants/globex");
        assertThat(browser.heading()).isEqualTo("globex");
    }

    @Test
    void thePlatformAdminSwitchesBetweenTenants() {
        ConsoleBrowser browser = browsers.open();
        browser.signIn("msp-operator");
        assertThat(browser.find("header a[href='/overview']")).as("the way back to all tenants").isPresent();

        browser.open("/tenants/acme");
        assertThat(browser.text(".tenant-name")).isEqualTo("acme");
        assertThat(browser.heading()).isEqualTo("acme");
        assertThat(browser.find("nav.sections a[aria-current=page]").map(a -> a.getAttribute("href")).orElse(""))
                .endsWith("/tenants/acme");
        browser.screenshot("walkthrough-tenant-home");

        browser.open("/tenants/globex");
        assertThat(browser.text(".tenant-name")).isEqualTo("globex");
        assertThat(browser.heading()).isEqualTo("globex");
        assertThat(browser.findAll("nav.sections a").stream().map(a -> a.getAttribute("href")).toList())
                .allMatch(href -> href.contains("/tenants/globex"));
    }
}
