package com.clinicchain.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.clinicchain.localstack.App;
import com.clinicchain.localstack.Apps;
import com.clinicchain.systemtest.Http.Answer;
import com.clinicchain.testsupport.Tokens;

import tools.jackson.databind.JsonNode;

/**
 * Tokens end: an expired token gets 401 with a problem body at the gateway and at each service on its own, and a
 * user disabled in Keycloak can no longer refresh, while the access token already issued works until it expires.
 * The demo realm's tokens live 300 s (that is how long a disabled user's last token still opens the API); here
 * a client made for the test issues 10 s tokens, and the apps run with {@code JWT_CLOCK_SKEW=2s} (see the pom).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExpiryTest {

    static final int LIFESPAN_SECONDS = 10;
    /** Spring's default skew is 60 s: where an app does not yet read JWT_CLOCK_SKEW, this still ends. */
    static final Duration AT_MOST_AFTER_EXPIRY = Duration.ofSeconds(75);

    static Apps apps;
    static KeycloakAdmin keycloak;
    static String client;
    static String managerToken;
    static JsonNode disabledUsersTokens;
    static String disabledUserId;

    @BeforeAll
    static void shortLivedTokensOneOfThemOfAUserDisabledRightAway() {
        apps = RunningPlatform.get();
        keycloak = new KeycloakAdmin();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        client = "system-test-short-" + suffix;
        keycloak.createShortLivedClient(client, LIFESPAN_SECONDS);
        String username = "dora.disabled." + suffix;
        disabledUserId = keycloak.createUser(username, "receptionist");

        managerToken = keycloak.passwordGrant(client, "mark.manager").get("access_token").asString();
        disabledUsersTokens = keycloak.passwordGrant(client, username);
        keycloak.disableUser(disabledUserId);
    }

    @Test
    @Order(1)
    void whileValidTheTokensOpenEveryAppButTheDisabledUserCannotRefresh() {
        String disabled = disabledUsersTokens.get("access_token").asString();
        assertThat(lifetime(managerToken)).isEqualTo(Duration.ofSeconds(LIFESPAN_SECONDS));
        for (App app : TokenChecksTest.READ_PATHS.keySet()) {
            assertThat(read(app, managerToken).status()).as("manager at " + app).isEqualTo(200);
            // a JWT is checked, not looked up: disabling the user does not recall the token already issued
            assertThat(read(app, disabled).status()).as("disabled user at " + app).isEqualTo(200);
        }

        Answer refresh = keycloak.refresh(client, disabledUsersTokens.get("refresh_token").asString());
        assertThat(refresh.status()).as(refresh.toString()).isEqualTo(400);
        assertThat(refresh.json().get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    @Order(2)
    void onceExpiredTheyGet401ProblemsAtTheGatewayAndEachService() {
        Map<String, String> tokens = Map.of("manager", managerToken,
                "disabled user", disabledUsersTokens.get("access_token").asString());
        Instant lastExpiry = tokens.values().stream().map(ExpiryTest::expiry).max(Instant::compareTo).orElseThrow();
        Map<String, Duration> refusedAfterExpiry = new TreeMap<>();
        await().atMost(Duration.between(Instant.now(), lastExpiry).plus(AT_MOST_AFTER_EXPIRY))
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    tokens.forEach((whose, token) -> {
                        for (App app : TokenChecksTest.READ_PATHS.keySet()) {
                            String key = whose + " at " + app;
                            if (!refusedAfterExpiry.containsKey(key) && read(app, token).status() == 401) {
                                refusedAfterExpiry.put(key, Duration.between(expiry(token), Instant.now()));
                            }
                        }
                    });
                    assertThat(refusedAfterExpiry).hasSize(tokens.size() * TokenChecksTest.READ_PATHS.size());
                });
        System.out.println("Expired tokens refused, time after exp: " + refusedAfterExpiry);

        for (App app : TokenChecksTest.READ_PATHS.keySet()) {
            for (String token : tokens.values()) {
                Answer refused = read(app, token);
                assertThat(refused.status()).as(app + ": " + refused).isEqualTo(401);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.json().get("status").asInt()).isEqualTo(401);
            }
        }
    }

    private static Instant expiry(String token) {
        return Instant.ofEpochSecond(((Number) Tokens.claims(token).get("exp")).longValue());
    }

    private static Answer read(App app, String token) {
        return Http.send("GET", apps.url(app) + TokenChecksTest.READ_PATHS.get(app), token, null, Map.of());
    }

    private static Duration lifetime(String token) {
        Map<String, Object> claims = Tokens.claims(token);
        return Duration.ofSeconds(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue());
    }
}
