package com.clinicchain.browsertest;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.Tokens;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SameSiteAttribute;

/**
 * The browser holds a session cookie and nothing else: no token in the page, in cookies or in storage; forms need the
 * CSRF token; signing out ends the Keycloak session too; a form sent after the session ended keeps what was typed
 * for the person who signs in again.
 */
class SessionSecurityTest extends BrowserTest {

    /** A JWT (the access, refresh and ID tokens are all JWTs) starts with the base64url of {@code {"}. */
    private static final String JWT_START = "eyJ";

    @Test
    void signingInUsesTheAuthorizationCodeWithPkce() {
        Request authorization = page.waitForRequest(request -> request.url().contains("/protocol/openid-connect/auth"),
                () -> page.navigate(url("/")));

        assertThat(authorization.url()).contains("response_type=code").contains("code_challenge=")
                .contains("code_challenge_method=S256").contains("client_id=staff-web");
    }

    @Test
    void theBrowserHoldsOnlyAnHttpOnlySessionCookieAndNoToken() {
        signIn("rita.reception");
        page.navigate(url("/patients"));

        List<Cookie> cookies = context.cookies(platform.staffWebUrl());
        assertThat(cookies).extracting(cookie -> cookie.name).containsExactly("STAFF_SESSION");
        Cookie session = cookies.get(0);
        assertThat(session.httpOnly).isTrue();
        assertThat(session.sameSite).isEqualTo(SameSiteAttribute.LAX);
        assertThat(session.value).doesNotContain(JWT_START);

        assertThat(page.content()).doesNotContain(JWT_START);
        assertThat((String) page.evaluate("() => JSON.stringify(Object.assign({}, localStorage))"))
                .doesNotContain(JWT_START).isEqualTo("{}");
        assertThat((String) page.evaluate("() => JSON.stringify(Object.assign({}, sessionStorage))"))
                .doesNotContain(JWT_START);
        assertThat((String) page.evaluate("() => document.cookie")).as("the session cookie is not readable by scripts")
                .doesNotContain("STAFF_SESSION");
    }

    @Test
    void pagesForbidInlineScriptsAndFraming() {
        signIn("rita.reception");

        var response = page.navigate(url("/patients"));

        String policy = response.headerValue("content-security-policy");
        assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                .contains("frame-ancestors 'none'");
        assertThat(response.headerValue("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.headerValue("cache-control")).contains("no-store");
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        signIn("rita.reception");

        var answer = page.request().post(url("/patients/new"), RequestOptions.create().setMaxRedirects(0)
                .setForm(FormData.create().set("givenName", "Forged").set("familyName", "Request")
                        .set("dateOfBirth", "1980-01-01").set("sex", "FEMALE").set("homeClinicId", "clinic-north")));

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void signingOutEndsTheSessionHereAndInKeycloak() {
        signIn("rita.reception");
        page.navigate(url("/patients/new"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Register a patient");

        page.getByText("Sign out").click();
        page.waitForURL(url("/signed-out"));
        assertThat(page.locator("h1").textContent()).isEqualTo("You are signed out");

        page.goBack();
        assertThat(page.content()).as("the back button shows no page of the session")
                .doesNotContain("Register a patient");

        page.navigate(url("/patients"));
        assertThat(page.url()).as("a fresh visit asks for the password").startsWith(platform.keycloakUrl());
        assertThat(page.locator("#password").isVisible()).isTrue();
    }

    @Test
    void endingTheUsersSessionsInKeycloakEndsEveryWebSessionOfTheUser() {
        BrowserContext otherDevice = platform.browser().newContext();
        try {
            Page tablet = otherDevice.newPage();
            signIn(tablet, "nina.nurse");
            signIn("nina.nurse");
            page.navigate(url("/patients/new"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Register a patient");

            // Keycloak's logout token names one of the two sessions only (keycloak/keycloak#22914)
            new KeycloakAdmin(platform.keycloakUrl()).endSessionsOf("nina.nurse");

            for (Page device : List.of(page, tablet)) {
                // Keycloak calls staff-web's back channel about when the admin's request returns, not always before
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                    device.navigate(url("/patients/new"));
                    assertThat(device.url()).as("the web session ended with the Keycloak session")
                            .startsWith(platform.keycloakUrl());
                });
                assertThat(device.locator("#password").isVisible()).isTrue();
            }
        } finally {
            otherDevice.close();
        }
    }

    @Test
    void aFormSentAfterTheSessionEndedIsBackAsTypedOnceTheReceptionistSignsInAgain() throws Exception {
        String family = unique("Kept");
        typeARegistrationThenLoseTheSession(family);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register").setExact(true)).click();
        page.waitForURL(url -> url.startsWith(platform.keycloakUrl()));
        signInOnKeycloaksPage("rita.reception");

        page.waitForURL(url("/patients/new"));
        PlaywrightAssertions.assertThat(page.locator(".kept-form")).containsText("What you had typed is back");
        assertThat(page.getByLabel("Given name").inputValue()).isEqualTo("Sigrid");
        assertThat(page.getByLabel("Family name").inputValue()).isEqualTo(family);
        assertThat(page.getByLabel("Date of birth").inputValue()).isEqualTo("1979-05-17");
        assertThat(page.getByLabel("Sex").inputValue()).isEqualTo("FEMALE");
        assertThat(page.getByLabel("Home clinic").inputValue()).isEqualTo("clinic-north");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register").setExact(true)).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Sigrid " + family);
        assertThat(page.locator(".notice.saved").textContent()).contains("Registered");

        page.reload();
        PlaywrightAssertions.assertThat(page.locator(".kept-form")).hasCount(0);
    }

    @Test
    void someoneElseSigningInAtThatBrowserDoesNotGetWhatWasTyped() throws Exception {
        String family = unique("Kept");
        typeARegistrationThenLoseTheSession(family);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register").setExact(true)).click();
        page.waitForURL(url -> url.startsWith(platform.keycloakUrl()));
        signInOnKeycloaksPage("nina.nurse");

        page.waitForURL(url("/patients/new"));
        assertThat(page.getByLabel("Family name").inputValue()).isEmpty();
        assertThat(page.content()).doesNotContain(family).doesNotContain("data-kept-form");
    }

    @Test
    void signingOutOfAnEndedSessionGoesThroughKeycloaksLogout() throws Exception {
        typeARegistrationThenLoseTheSession(unique("Kept"));

        Request logout = page.waitForRequest(request -> request.url().contains("/protocol/openid-connect/logout"),
                () -> page.getByText("Sign out").click());

        assertThat(logout.url()).startsWith(platform.keycloakUrl()).contains("client_id=staff-web");
        // Keycloak asks to confirm only while its own session lives; this one an admin has ended
        page.waitForURL(url("/signed-out"));
        assertThat(page.locator("h1").textContent()).isEqualTo("You are signed out");
    }

    /** rita.reception types a new patient; meanwhile an admin ends her sessions, and with them the web session. */
    private void typeARegistrationThenLoseTheSession(String family) {
        signIn("rita.reception");
        page.navigate(url("/patients/new"));
        page.getByLabel("Given name").fill("Sigrid");
        page.getByLabel("Family name").fill(family);
        page.getByLabel("Date of birth").fill("1979-05-17");
        page.getByLabel("Sex").selectOption("FEMALE");
        page.getByLabel("Home clinic").selectOption("clinic-north");
        String webSession = context.cookies(platform.staffWebUrl()).stream()
                .filter(cookie -> cookie.name.equals("STAFF_SESSION")).findFirst().orElseThrow().value;

        new KeycloakAdmin(platform.keycloakUrl()).endSessionsOf("rita.reception");

        // asked from outside the browser, so that the page's cookie stays the ended session's
        await().atMost(Duration.ofSeconds(10)).until(() -> ended(webSession));
    }

    private boolean ended(String webSession) throws Exception {
        HttpResponse<Void> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/patients")))
                .header("Cookie", "STAFF_SESSION=" + webSession).build(), HttpResponse.BodyHandlers.discarding());
        return answer.statusCode() == 302;
    }

    private void signInOnKeycloaksPage(String username) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(Tokens.DEMO_PASSWORD);
        page.locator("#kc-login").click();
    }
}
