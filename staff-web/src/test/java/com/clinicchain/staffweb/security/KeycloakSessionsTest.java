package com.clinicchain.staffweb.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

class KeycloakSessionsTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/clinics";

    private static OidcIdToken signedIn(String subject, String sid) {
        return OidcIdToken.withTokenValue("id").issuer(ISSUER).audience(List.of("staff-web")).subject(subject)
                .issuedAt(Instant.EPOCH).expiresAt(Instant.EPOCH.plusSeconds(300)).claim("sid", sid).build();
    }

    private static OidcLogoutToken.Builder logout() {
        return logoutFrom(ISSUER, "staff-web");
    }

    private static OidcLogoutToken.Builder logoutFrom(String issuer, String audience) {
        return OidcLogoutToken.withTokenValue("logout").issuer(issuer).audience(List.of(audience)).jti("jti")
                .issuedAt(Instant.EPOCH).events(Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()));
    }

    @Test
    void aKeycloakSessionIdEndsThatSessionOnly() {
        OidcLogoutToken ended = logout().subject("nina").sessionId("kc-1").build();

        assertThat(KeycloakSessions.endedBy(signedIn("nina", "kc-1"), ended)).isTrue();
        assertThat(KeycloakSessions.endedBy(signedIn("nina", "kc-2"), ended))
                .as("the same user on another device").isFalse();
    }

    @Test
    void withoutASessionIdEverySessionOfTheUserEnds() {
        OidcLogoutToken ended = logout().subject("nina").build();

        assertThat(KeycloakSessions.endedBy(signedIn("nina", "kc-1"), ended)).isTrue();
        assertThat(KeycloakSessions.endedBy(signedIn("nina", "kc-2"), ended)).isTrue();
        assertThat(KeycloakSessions.endedBy(signedIn("rita", "kc-3"), ended)).isFalse();
    }

    @Test
    void aLogoutFromAnotherIssuerOrForAnotherClientEndsNothing() {
        OidcIdToken nina = signedIn("nina", "kc-1");

        assertThat(KeycloakSessions.endedBy(nina,
                logoutFrom("http://elsewhere/realms/clinics", "staff-web").sessionId("kc-1").build())).isFalse();
        assertThat(KeycloakSessions.endedBy(nina, logoutFrom(ISSUER, "partner-portal").sessionId("kc-1").build()))
                .isFalse();
    }
}
