package com.clinicchain.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

/** What every service's OpenAPI document must say, checked the same way in each service's tests. */
public final class OpenApiDocument {

    private OpenApiDocument() {
    }

    /** Fetches {@code /v3/api-docs} without a token and checks title, security scheme and the given paths. */
    public static JsonNode assertPublished(ApiClient api, String title, String... paths) {
        Reply docs = api.get(null, "/v3/api-docs");
        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        assertThat(docs.contentType()).startsWith("application/json");
        JsonNode document = docs.json();
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.at("/info/title").asString()).isEqualTo(title);
        JsonNode keycloak = document.at("/components/securitySchemes/keycloak");
        assertThat(keycloak.get("type").asString()).isEqualTo("http");
        assertThat(keycloak.get("scheme").asString()).isEqualTo("bearer");
        assertThat(keycloak.get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(keycloak.get("description").asString()).contains("/.well-known/openid-configuration");
        assertThat(document.at("/security/0").has("keycloak")).isTrue();
        // the caller is read from the token, it is no request parameter
        assertThat(document.at("/components/schemas/Caller").isMissingNode()).isTrue();
        for (String path : paths) {
            assertThat(document.get("paths").has(path)).as(path).isTrue();
        }
        return document;
    }
}
