package com.clinicchain.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real access tokens from the Keycloak of {@link Infrastructure} (or any Keycloak with the {@code clinics} realm).
 */
public final class Tokens {

    /** Password of every demo user. */
    public static final String DEMO_PASSWORD = "demo";

    /** Public client allowing the password grant (scripts and tests). */
    public static final String CLI_CLIENT = "clinic-cli";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Tokens() {
    }

    /** Access token of a demo user (password {@code demo}, client {@code clinic-cli}). */
    public static String password(String username) {
        return password(Infrastructure.get().keycloakBaseUrl(), username, DEMO_PASSWORD);
    }

    /** Access token via the password grant of {@code clinic-cli} against the Keycloak at {@code keycloakBaseUrl}. */
    public static String password(String keycloakBaseUrl, String username, String password) {
        return token(keycloakBaseUrl, Map.of("grant_type", "password", "client_id", CLI_CLIENT, "username", username,
                "password", password, "scope", "openid"));
    }

    /** Access token via the client-credentials grant, e.g. {@code clientCredentials("partner-demo", "partner-demo-secret")}. */
    public static String clientCredentials(String clientId, String secret) {
        return clientCredentials(Infrastructure.get().keycloakBaseUrl(), clientId, secret);
    }

    public static String clientCredentials(String keycloakBaseUrl, String clientId, String secret) {
        return token(keycloakBaseUrl,
                Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /**
     * Any grant against any realm of the test Keycloak, for tokens the platform must refuse: another realm's
     * (another issuer), or a client of ours without the {@code clinic-api} audience.
     */
    public static String grant(String realm, Map<String, String> form) {
        return token(Infrastructure.get().keycloakBaseUrl(), realm, form);
    }

    /** The decoded payload of a JWT (no signature check: for assertions in tests). */
    public static Map<String, Object> claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        return JSON.readValue(payload, new TypeReference<LinkedHashMap<String, Object>>() {
        });
    }

    private static String token(String keycloakBaseUrl, Map<String, String> form) {
        return token(keycloakBaseUrl, "clinics", form);
    }

    private static String token(String keycloakBaseUrl, String realm, Map<String, String> form) {
        String base = keycloakBaseUrl.endsWith("/") ? keycloakBaseUrl.substring(0, keycloakBaseUrl.length() - 1)
                : keycloakBaseUrl;
        URI uri = URI.create(base + "/realms/" + realm + "/protocol/openid-connect/token");
        String body = form.entrySet()
            .stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "token request to " + uri + " failed: " + response.statusCode() + " " + response.body());
            }
            Object token = JSON.readValue(response.body(), Map.class).get("access_token");
            if (!(token instanceof String accessToken)) {
                throw new IllegalStateException("no access_token in " + response.body());
            }
            return accessToken;
        }
        catch (IOException ex) {
            throw new IllegalStateException("token request to " + uri + " failed", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ex);
        }
    }

}
