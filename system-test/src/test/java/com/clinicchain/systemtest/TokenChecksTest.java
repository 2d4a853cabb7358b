package com.clinicchain.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.clinicchain.localstack.App;
import com.clinicchain.localstack.Apps;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.Tokens;

/**
 * Tokens the platform must refuse, at the gateway and at each service on its own (services do not trust the
 * gateway): each gets 401 with a problem body, while the genuine token of the same user is accepted.
 */
class TokenChecksTest {

    /** The apps that take bearer tokens (the staff web application signs users in instead), each with a read. */
    static final Map<App, String> READ_PATHS = Map.of(
            App.GATEWAY, "/api/patients",
            App.PATIENT, "/api/patients",
            App.TREATMENT, "/api/follow-ups?clinicId=clinic-north",
            App.INVENTORY, "/api/inventory/stock?clinicId=clinic-north");

    static Stream<Arguments> refusedTokens() throws Exception {
        String genuine = Tokens.password("mark.manager");
        String[] parts = genuine.split("\\.");
        Map<String, String> badTokens = new LinkedHashMap<>();
        badTokens.put("no token", null);
        badTokens.put("not a JWT", "not-a-jwt");
        badTokens.put("payload changed, signature kept", parts[0] + "." + claimsWith(genuine, "chain_id", "other-chain")
                + "." + parts[2]);
        badTokens.put("alg none", base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
        badTokens.put("signed by a key of our own, unknown kid", signedWithOwnKey(parts[1], "unknown-kid"));
        badTokens.put("signed by a key of our own, Keycloak's kid", signedWithOwnKey(parts[1], kidOf(parts[0])));
        badTokens.put("another issuer (Keycloak's master realm)", Tokens.grant("master", Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin")));
        badTokens.put("our realm, another audience (admin-cli)", Tokens.grant("clinics", Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", "mark.manager", "password", "demo")));
        Apps apps = RunningPlatform.get();
        return READ_PATHS.keySet().stream().flatMap(app -> badTokens.entrySet().stream()
                .map(bad -> Arguments.of(app, bad.getKey(), bad.getValue(), apps.url(app), genuine)));
    }

    @ParameterizedTest(name = "{0}: {1} -> 401")
    @MethodSource("refusedTokens")
    void isRefusedWhereTheGenuineTokenIsAccepted(App app, String what, String token, String url, String genuine) {
        var api = new ApiClient(url);
        Reply refused = api.get(token, READ_PATHS.get(app));
        assertThat(refused.status()).as(what + " at " + app + ": " + refused).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("status").asInt()).isEqualTo(401);

        Reply accepted = api.get(genuine, READ_PATHS.get(app));
        assertThat(accepted.status()).as("genuine token at " + app + ": " + accepted).isEqualTo(200);
    }

    private static String claimsWith(String jwt, String claim, Object value) {
        Map<String, Object> claims = new LinkedHashMap<>(Tokens.claims(jwt));
        claims.put(claim, value);
        return base64(ApiClient.JSON.writeValueAsString(claims));
    }

    private static String kidOf(String header) {
        return ApiClient.JSON.readTree(Base64.getUrlDecoder().decode(header)).get("kid").asString();
    }

    private static String signedWithOwnKey(String payload, String kid) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(generator.generateKeyPair().getPrivate());
        String signingInput = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") + "." + payload;
        signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
