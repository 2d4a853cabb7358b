package com.clinicchain.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.clinicchain.testsupport.Slowloris;
import com.clinicchain.localstack.App;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.Tokens;

import tools.jackson.databind.JsonNode;

/**
 * The limits that hold for every request, at the gateway and at each service on its own port, with the apps'
 * default settings: a chunked body over 1 MiB is 413, a request whose headers trickle in is closed (header timeout
 * 5 s), and what the servers refuse before the application runs is a catalogue problem with a correlationId.
 */
class LimitsTest {

    /** A create operation of each app, where a body is read. */
    private static final Map<App, String> CREATES = Map.of(App.GATEWAY, "/api/patients", App.PATIENT, "/api/patients",
            App.TREATMENT, "/api/sessions", App.INVENTORY, "/api/inventory/lots");

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static String admin;

    @BeforeAll
    static void platform() {
        RunningPlatform.get();
        admin = Tokens.password("alice.admin");
    }

    @ParameterizedTest
    @EnumSource(value = App.class, names = {"GATEWAY", "PATIENT", "TREATMENT", "INVENTORY"})
    void aChunkedBodyOverTheLimitIs413(App app) throws Exception {
        String json = "{\"givenName\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url(app) + CREATES.get(app)))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(json))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(app + ": " + response.body()).isEqualTo(413);
        assertProblem(app, response.headers().firstValue("Content-Type").orElse(""), response.body(),
                "/problems/payload-too-large");
    }

    @ParameterizedTest
    @EnumSource(value = App.class, names = {"GATEWAY", "PATIENT", "TREATMENT", "INVENTORY"})
    void aRequestWhoseHeadersTrickleInIsClosed(App app) throws Exception {
        URI uri = URI.create(url(app));
        String answer = Slowloris.answerTo(uri.getHost(), uri.getPort(), CREATES.get(app));
        assertThat(answer).as(app.name()).startsWith("HTTP/1.1 408").contains("/problems/request-timeout");
    }

    @ParameterizedTest
    @EnumSource(value = App.class, names = {"GATEWAY", "PATIENT", "TREATMENT", "INVENTORY"})
    void pathsRefusedBeforeTheApplicationAreProblems(App app) throws Exception {
        for (String path : new String[] {"/api/patients/%00", "/api/patients/%2e%2e/y",
            "/api/patients/%0d%0aX-Injected:%201"}) {
            String answer = raw(app, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + admin
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(app + " " + path).startsWith("HTTP/1.1 400")
                    .containsIgnoringCase("content-type: application/problem+json")
                    .containsAnyOf("\"type\":\"/problems/bad-request\"", "\"type\":\"/problems/validation\"")
                    .contains("\"correlationId\"").doesNotContain("<html")
                    .doesNotContainIgnoringCase("X-Injected: 1\r\n");
        }
    }

    private static String url(App app) {
        return app == App.GATEWAY ? RunningPlatform.get().gatewayUrl() : RunningPlatform.get().url(app);
    }

    private static String raw(App app, String request) throws IOException {
        URI uri = URI.create(url(app));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try (InputStream in = socket.getInputStream()) {
                in.transferTo(answer);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertProblem(App app, String contentType, String body, String type) {
        assertThat(contentType).as(app.name()).startsWith("application/problem+json");
        JsonNode problem = ApiClient.JSON.readTree(body);
        assertThat(problem.get("type").asString()).as(app.name()).isEqualTo(type);
        assertThat(problem.get("correlationId").asString()).as(app.name()).isNotBlank();
        assertThat(body).doesNotContain(HardeningTest.INTERNALS);
    }
}
