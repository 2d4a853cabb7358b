package com.clinicchain.browsertest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.Tokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Keycloak's admin REST API on the test Keycloak (bootstrap admin {@code admin}/{@code admin}). */
final class KeycloakAdmin {

    private static final String REALM = "/admin/realms/clinics";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;

    KeycloakAdmin(String keycloakBaseUrl) {
        this.base = keycloakBaseUrl;
    }

    /** Keycloak tells this address when a session of the staff-web client ends (the realm file names port 8084). */
    void pointBackChannelLogoutAt(String url) {
        ObjectNode client = (ObjectNode) send("GET", REALM + "/clients?clientId=staff-web", null).get(0);
        client.withObjectProperty("attributes").put("backchannel.logout.url", url);
        send("PUT", REALM + "/clients/" + client.get("id").asString(), client);
    }

    /** What an admin does with "Sign out" on a user's sessions tab: every session of the user ends. */
    void endSessionsOf(String username) {
        JsonNode user = send("GET", REALM + "/users?exact=true&username=" + username, null).get(0);
        send("POST", REALM + "/users/" + user.get("id").asString() + "/logout", null);
    }

    /** Sets the clinics a user's tokens name (the {@code clinic_ids} attribute); returns those they named before. */
    java.util.List<String> setClinicsOf(String username, java.util.List<String> clinicIds) {
        String id = send("GET", REALM + "/users?exact=true&username=" + username, null).get(0).get("id").asString();
        ObjectNode user = (ObjectNode) send("GET", REALM + "/users/" + id, null);
        ObjectNode attributes = user.withObjectProperty("attributes");
        java.util.List<String> before = new java.util.ArrayList<>();
        if (attributes.has("clinic_ids")) {
            attributes.get("clinic_ids").forEach(clinic -> before.add(clinic.asString()));
        }
        var ids = attributes.putArray("clinic_ids");
        clinicIds.forEach(ids::add);
        send("PUT", REALM + "/users/" + id, user);
        return before;
    }

    private JsonNode send(String method, String path, Object body) {
        String token = Tokens.grant("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", "admin"));
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(body)));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " "
                        + response.body());
            }
            return response.body().isBlank() ? null : ApiClient.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
