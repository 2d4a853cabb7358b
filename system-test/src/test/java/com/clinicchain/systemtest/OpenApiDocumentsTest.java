package com.clinicchain.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.clinicchain.localstack.Apps;
import com.clinicchain.systemtest.Http.Answer;

import tools.jackson.databind.JsonNode;

/**
 * Writes the three documents the gateway publishes to {@code target/openapi/}, where the build's verify phase lints
 * them (Spectral and Redocly, see {@code src/test/openapi/lint.mjs}): what is linted is what partners are served.
 * Every request body has an example, which Redocly checks against its schema.
 */
class OpenApiDocumentsTest {

    static final Path DOCUMENTS = Path.of("target", "openapi");

    @Test
    void theGatewayPublishesTheThreeDocuments() throws IOException {
        Apps apps = RunningPlatform.get();
        Files.createDirectories(DOCUMENTS);
        for (String document : new String[] { "patients", "treatments", "inventory" }) {
            Answer docs = Http.send("GET", apps.gatewayUrl() + "/api-docs/" + document, null, null, Map.of());
            assertThat(docs.status()).as(document + ": " + docs).isEqualTo(200);
            JsonNode paths = docs.json().get("paths");
            assertThat(paths.isEmpty()).as(document).isFalse();
            for (String path : paths.propertyNames()) {
                for (JsonNode operation : paths.get(path)) {
                    // the services' openapi/request-examples.json, by operationId
                    operation.path("requestBody").path("content").forEach(media -> assertThat(media.has("example"))
                            .as("%s %s: an example of the request body", document, operation.get("operationId"))
                            .isTrue());
                }
            }
            Files.writeString(DOCUMENTS.resolve(document + ".json"), docs.json().toPrettyString());
        }
    }
}
