package com.clinicchain.kit.web;

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
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.testsupport.Slowloris;
import com.clinicchain.testsupport.RealInfrastructure;
import com.clinicchain.testsupport.Tokens;

import jakarta.servlet.Filter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every service gets from the kit on its own port, before and around the application code: the body limit for
 * chunked bodies, the header timeout, and a catalogue problem (with its correlation id) for every error, Tomcat's
 * and the framework's included. A small app on real Tomcat, with a real token.
 */
@SpringBootTest(classes = RequestLimitsTest.LimitsApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=kit-limits", "server.tomcat.connection-timeout=2s",
                "clinic.web.header-timeout=2s"})
@RealInfrastructure
class RequestLimitsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final String receptionist = Tokens.password("rita.reception");

    @Test
    void aChunkedBodyOverTheLimitIs413AndStoresNothing() throws Exception {
        String name = "chunked-" + UUID.randomUUID();
        String json = "{\"name\":\"" + name + "\",\"note\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        HttpResponse<String> response = send(post("/things", HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofString(json))));

        assertProblem(response, 413, "/problems/payload-too-large");
        assertThat(jdbc.sql("select count(*) from thing where name = ?").param(name).query(Integer.class).single())
                .isZero();
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413BeforeItIsRead() throws Exception {
        HttpResponse<String> response = send(post("/things", HttpRequest.BodyPublishers.ofString(
                "{\"name\":\"" + "x".repeat(1_100_000) + "\"}")));

        assertProblem(response, 413, "/problems/payload-too-large");
    }

    @Test
    void aChunkedBodyUnderTheLimitIsRead() throws Exception {
        String name = "small-" + UUID.randomUUID();
        HttpResponse<String> response = send(post("/things", HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}"))));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from thing where name = ?").param(name).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void aRequestWhoseHeadersTrickleInIsClosedAfterTheHeaderTimeout() throws Exception {
        String answer = Slowloris.answerTo("127.0.0.1", port, "/things");

        assertThat(answer).startsWith("HTTP/1.1 408").contains("/problems/request-timeout", "correlationId");
    }

    @Test
    void pathsTomcatRefusesGetAProblem() throws Exception {
        for (String path : new String[] {"/things/%00", "/things/%2e%2e/x", "/things/%0d%0aX-Injected:1",
                "/things/a%2fb"}) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).startsWith("HTTP/1.1 400").containsIgnoringCase(
                    "Content-Type: application/problem+json").contains("\"type\":\"/problems/bad-request\"",
                    "\"correlationId\"").doesNotContain("<html");
        }
    }

    @Test
    void frameworkErrorsAreCatalogueProblems() throws Exception {
        assertProblem(send(request("/no-such-path").GET()), 404, "/problems/not-found");
        assertProblem(send(request("/things").method("DELETE", HttpRequest.BodyPublishers.noBody())), 405,
                "/problems/method-not-allowed");
        assertProblem(send(request("/things").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name"))), 415, "/problems/unsupported-media-type");
        assertProblem(send(request("/things/search?q=a").header("Accept", "image/png").GET()), 406,
                "/problems/not-acceptable");

        HttpResponse<String> missing = send(request("/things/search").GET());
        assertProblem(missing, 400, "/problems/validation");
        assertThat(JSON.readTree(missing.body()).get("errors").get(0).get("field").asString()).isEqualTo("q");
    }

    @Test
    void anErrorInAFilterIsAProblem() throws Exception {
        assertProblem(send(request("/filter-fails").GET()), 500, "/problems/internal-error");
    }

    @Test
    void theRefusalsOfTheSecurityFiltersCarryTheCorrelationId() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/things"))
                .timeout(Duration.ofSeconds(20)).header("X-Correlation-Id", "limits-test-1").GET());

        assertProblem(response, 401, "/problems/unauthorized");
        assertThat(JSON.readTree(response.body()).get("correlationId").asString()).isEqualTo("limits-test-1");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + receptionist);
    }

    private HttpRequest.Builder post(String path, HttpRequest.BodyPublisher body) {
        return request(path).header("Content-Type", "application/json").POST(body);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try (InputStream in = socket.getInputStream()) {
                in.transferTo(answer);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("correlationId").asString()).isNotBlank();
    }

    @SpringBootApplication
    static class LimitsApp {

        /** A filter that fails, as a bug in one would: the error leaves the filter chain. */
        @Bean
        FilterRegistrationBean<Filter> failingFilter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                throw new IllegalStateException("a filter failed");
            });
            registration.addUrlPatterns("/filter-fails");
            return registration;
        }

        @RestController
        static class Things {

            private final JdbcClient jdbc;

            Things(JdbcClient jdbc) {
                this.jdbc = jdbc;
            }

            @PostMapping("/things")
            @PreAuthorize("isAuthenticated()")
            org.springframework.http.ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, String> thing) {
                UUID id = UUID.randomUUID();
                jdbc.sql("insert into thing (id, name) values (?, ?)").params(id, thing.get("name")).update();
                return org.springframework.http.ResponseEntity.created(URI.create("/things/" + id))
                        .body(Map.of("id", id));
            }

            @GetMapping(path = "/things/search", produces = MediaType.APPLICATION_JSON_VALUE)
            @PreAuthorize("isAuthenticated()")
            Map<String, String> search(@RequestParam String q) {
                return Map.of("q", q);
            }
        }
    }
}
