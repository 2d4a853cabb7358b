package com.clinicchain.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.clinicchain.systemtest.Http.Answer;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.Infrastructure;
import com.clinicchain.testsupport.Tokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keycloak's admin REST API on the test Keycloak (bootstrap admin {@code admin}/{@code admin} of the master realm):
 * test clients and users are made here at run time, never in the demo realm file.
 */
final class KeycloakAdmin {

    private static final String REALM = "/admin/realms/clinics";

    private final String base = Infrastructure.get().keycloakBaseUrl();

    /**
     * A copy of {@code clinic-cli} (password grant, the same chain/clinic/audience mappers) whose access tokens
     * live {@code seconds}, instead of the realm's 300 s.
     */
    void createShortLivedClient(String clientId, int seconds) {
        JsonNode found = admin("GET", REALM + "/clients?clientId=" + Tokens.CLI_CLIENT, null);
        ObjectNode client = (ObjectNode) found.get(0);
        client.remove("id");
        client.put("clientId", clientId);
        client.put("name", "system test: tokens of " + seconds + " s");
        client.withObjectProperty("attributes").put("access.token.lifespan", String.valueOf(seconds));
        client.withArrayProperty("protocolMappers").forEach(mapper -> ((ObjectNode) mapper).remove("id"));
        admin("POST", REALM + "/clients", client);
    }

    /** A user of chain A at clinic-north with one realm role; returns the Keycloak user id. */
    String createUser(String username, String role) {
        admin("POST", REALM + "/users", Map.of("username", username, "enabled", true, "emailVerified", true,
                "email", username + "@clinic.test", "firstName", "Test", "lastName", "User",
                "attributes", Map.of("chain_id", List.of("demo-chain"), "clinic_ids", List.of("clinic-north")),
                "credentials", List.of(Map.of("type", "password", "value", Tokens.DEMO_PASSWORD, "temporary", false))));
        String id = admin("GET", REALM + "/users?exact=true&username=" + username, null).get(0).get("id").asString();
        JsonNode realmRole = admin("GET", REALM + "/roles/" + role, null);
        admin("POST", REALM + "/users/" + id + "/role-mappings/realm", List.of(realmRole));
        return id;
    }

    /** The whole representation goes back, so that the user profile finds every attribute still there. */
    void disableUser(String id) {
        ObjectNode user = (ObjectNode) admin("GET", REALM + "/users/" + id, null);
        user.put("enabled", false);
        admin("PUT", REALM + "/users/" + id, user);
    }

    /** The whole token answer of a password grant: {@code access_token}, {@code refresh_token} … */
    JsonNode passwordGrant(String clientId, String username) {
        Answer answer = tokenEndpoint(Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", Tokens.DEMO_PASSWORD));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    Answer refresh(String clientId, String refreshToken) {
        return tokenEndpoint(Map.of("grant_type", "refresh_token", "client_id", clientId,
                "refresh_token", refreshToken));
    }

    private Answer tokenEndpoint(Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return Http.sendForm(base + "/realms/clinics/protocol/openid-connect/token", body);
    }

    private JsonNode admin(String method, String path, Object body) {
        String token = Tokens.grant("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", "admin"));
        Answer answer = Http.send(method, base + path, token,
                body == null ? null : ApiClient.JSON.writeValueAsString(body), Map.of());
        assertThat(answer.status()).as("%s %s: %s", method, path, answer).isBetween(200, 299);
        return answer.body().isBlank() ? null : answer.json();
    }
}
