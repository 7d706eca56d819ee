package io.demarc.console.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Without a session: pages start the sign-in, htmx requests and public paths do not. */
@QuarkusTest
class SignInRedirectsTest {

    @Test
    void aPageWithoutSessionSendsTheBrowserToSignInWithPkce() {
        String location = given().redirects().follow(false).when().get("/tenants/acme").then().statusCode(302)
                .extract().header("Location");

        // The public client with PKCE, and the page itself as the way back (restored after sign-in).
        assertThat(location).contains("response_type=code", "client_id=demarc-console", "code_challenge=",
                "code_challenge_method=S256", "redirect_uri=http%3A%2F%2Flocalhost%3A")
                .containsPattern("redirect_uri=http%3A%2F%2Flocalhost%3A\\d+%2Ftenants%2Facme&")
                .doesNotContain("client_secret");
    }

    @Test
    void anHtmxRequestOfAnExpiredSessionGets499InsteadOfARedirect() {
        given().redirects().follow(false).header("HX-Request", "true").when().get("/tenants/acme").then()
                .statusCode(499);
    }

    @Test
    void theSignedOutPageAndTheFaviconStartNoSignIn() {
        given().redirects().follow(false).when().get("/signed-out").then().statusCode(200);
        given().redirects().follow(false).when().get("/favicon.ico").then().statusCode(404);
    }
}
