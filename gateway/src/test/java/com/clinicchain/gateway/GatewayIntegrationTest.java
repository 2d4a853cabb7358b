package com.clinicchain.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.clinicchain.testsupport.Slowloris;
import com.clinicchain.problems.ProblemType;

import com.clinicchain.testsupport.Infrastructure;
import com.clinicchain.testsupport.Tokens;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway against a real Keycloak (from test-support) and a real downstream HTTP server that echoes what it
 * received. Nothing in the security chain is stubbed: tokens are real, and so are signature, issuer, audience and
 * expiry checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIntegrationTest {

    private static final String ALLOWED_ORIGIN = "http://localhost:5173";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static HttpServer echoServer;

    private static ExecutorService echoExecutor;

    /** Requests to a {@code /chunked} path whose body the echo server read to its end. */
    private static final AtomicInteger wholeBodiesReceived = new AtomicInteger();

    private static String ritaToken;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        startEchoServer();
        String echoUrl = "http://127.0.0.1:" + echoServer.getAddress().getPort();
        int closedPort = freePort();
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> Infrastructure.get().issuerUri());
        registry.add("PATIENT_SERVICE_URL", () -> echoUrl);
        registry.add("TREATMENT_SERVICE_URL", () -> echoUrl);
        registry.add("INVENTORY_SERVICE_URL", () -> "http://127.0.0.1:" + closedPort);
        registry.add("CORS_ALLOWED_ORIGINS", () -> ALLOWED_ORIGIN + ",http://127.0.0.1:5173");
        // a short response timeout so that the 504 case runs quickly (production: 10 s)
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "2s");
        // a small partner allowance, so that the 429 case needs only a few requests
        registry.add("clinic.gateway.limits.partner.burst", () -> "3");
        registry.add("clinic.gateway.limits.partner.per-second", () -> "0.1");
        // a short header timeout so that the slow-request case runs quickly (production: 5 s)
        registry.add("clinic.gateway.limits.header-timeout", () -> "2s");
    }

    @BeforeAll
    static void token() {
        ritaToken = Tokens.password("rita.reception");
    }

    @AfterAll
    static void stopEchoServer() {
        if (echoServer != null) {
            echoServer.stop(0);
            echoExecutor.shutdownNow();
        }
    }

    @Test
    void withoutTokenAnswers401Problem() throws Exception {
        HttpResponse<String> response = send(get("/api/patients"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, 401, "/problems/unauthorized");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.headers().firstValue("X-Correlation-Id")).isPresent();
    }

    @Test
    void garbageAndForgedTokensAnswer401() throws Exception {
        HttpResponse<String> garbage = send(get("/api/patients").header("Authorization", "Bearer not-a-jwt"));
        assertThat(garbage.statusCode()).isEqualTo(401);
        assertProblem(garbage, 401, "/problems/unauthorized");

        // rita's real token with a changed payload: the signature no longer matches
        String[] parts = ritaToken.split("\\.");
        Map<String, Object> claims = new LinkedHashMap<>(Tokens.claims(ritaToken));
        claims.put("realm_access", Map.of("roles", java.util.List.of("admin")));
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(JSON.writeValueAsString(claims).getBytes(StandardCharsets.UTF_8));
        String forged = parts[0] + "." + payload + "." + parts[2];
        HttpResponse<String> forgedResponse = send(get("/api/patients").header("Authorization", "Bearer " + forged));
        assertThat(forgedResponse.statusCode()).isEqualTo(401);
        assertProblem(forgedResponse, 401, "/problems/unauthorized");
    }

    @Test
    void realTokenReachesTheServiceUnchangedWithACorrelationId() throws Exception {
        HttpResponse<String> response = send(get("/api/patients?page=0&size=20").header("Authorization", "Bearer " + ritaToken));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode echo = JSON.readTree(response.body());
        assertThat(echo.get("path").asString()).isEqualTo("/api/patients?page=0&size=20");
        assertThat(echo.get("authorization").asString()).isEqualTo("Bearer " + ritaToken);
        String forwardedId = echo.get("correlationId").asString();
        assertThat(forwardedId).matches("[0-9a-f-]{36}");
        assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly(forwardedId);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Server")).isEmpty();

        HttpResponse<String> templates = send(get("/api/consent-templates?type=PHOTOGRAPHY")
                .header("Authorization", "Bearer " + ritaToken));
        assertThat(JSON.readTree(templates.body()).get("path").asString()).isEqualTo("/api/consent-templates?type=PHOTOGRAPHY");

        HttpResponse<String> treatment = send(get("/api/follow-ups/x").header("Authorization", "Bearer " + ritaToken));
        assertThat(treatment.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(treatment.body()).get("path").asString()).isEqualTo("/api/follow-ups/x");
    }

    @Test
    void safeCorrelationIdIsForwardedAndUnsafeOneReplaced() throws Exception {
        HttpResponse<String> safe = send(get("/api/consents/1").header("Authorization", "Bearer " + ritaToken)
                .header("X-Correlation-Id", "web-1.abc_DEF"));
        assertThat(safe.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(safe.body()).get("correlationId").asString()).isEqualTo("web-1.abc_DEF");
        assertThat(safe.headers().allValues("X-Correlation-Id")).containsExactly("web-1.abc_DEF");

        for (String unsafe : new String[] { "evil id;drop", "x".repeat(65), "<script>" }) {
            HttpResponse<String> replaced = send(get("/api/sessions/1").header("Authorization", "Bearer " + ritaToken)
                    .header("X-Correlation-Id", unsafe));
            assertThat(replaced.statusCode()).isEqualTo(200);
            String forwarded = JSON.readTree(replaced.body()).get("correlationId").asString();
            assertThat(forwarded).isNotEqualTo(unsafe).matches("[0-9a-f-]{36}");
            assertThat(replaced.headers().allValues("X-Correlation-Id")).containsExactly(forwarded);
        }
    }

    @Test
    void serviceThatIsDownAnswers503Problem() throws Exception {
        HttpResponse<String> response = send(get("/api/inventory/products").header("Authorization", "Bearer " + ritaToken));

        assertThat(response.statusCode()).isEqualTo(503);
        assertProblem(response, 503, "/problems/service-unavailable");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("127.0.0.1");
    }

    @Test
    void slowServiceAnswers504Problem() throws Exception {
        HttpResponse<String> response = send(get("/api/sessions/slow").header("Authorization", "Bearer " + ritaToken));

        assertThat(response.statusCode()).isEqualTo(504);
        assertProblem(response, 504, "/problems/gateway-timeout");
    }

    @Test
    void unknownPathWithTokenAnswers404Problem() throws Exception {
        HttpResponse<String> response = send(get("/api/nothing-here").header("Authorization", "Bearer " + ritaToken));

        assertThat(response.statusCode()).isEqualTo(404);
        assertProblem(response, 404, "/problems/not-found");
    }

    @Test
    void corsPreflightOnlyForConfiguredOrigins() throws Exception {
        HttpResponse<String> allowed = send(preflight(ALLOWED_ORIGIN));
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("PATCH");

        HttpResponse<String> other = send(preflight("http://evil.example"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> actual = send(get("/api/patients/1").header("Origin", ALLOWED_ORIGIN)
                .header("Authorization", "Bearer " + ritaToken));
        assertThat(actual.statusCode()).isEqualTo(200);
        assertThat(actual.headers().allValues("Access-Control-Allow-Origin")).containsExactly(ALLOWED_ORIGIN);
        assertThat(actual.headers().firstValue("Access-Control-Expose-Headers").orElse(""))
                .contains("ETag", "Location", "X-Correlation-Id");
    }

    @Test
    void healthIsOpenOtherActuatorEndpointsAreNot() throws Exception {
        HttpResponse<String> health = send(get("/actuator/health"));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
        assertThat(health.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(health.headers().firstValue("X-Frame-Options")).hasValue("DENY");

        assertThat(send(get("/actuator/health/readiness")).statusCode()).isEqualTo(200);
        assertThat(send(get("/actuator/health/liveness")).statusCode()).isEqualTo(200);

        HttpResponse<String> prometheus = send(get("/actuator/prometheus"));
        assertThat(prometheus.statusCode()).isEqualTo(401);
        assertProblem(prometheus, 401, "/problems/unauthorized");
        assertThat(send(get("/actuator/env")).statusCode()).isEqualTo(401);

        // a valid token opens nothing more: metrics and build info are not for API callers
        for (String path : new String[] { "/actuator/prometheus", "/actuator/info", "/actuator/env", "/actuator" }) {
            HttpResponse<String> withToken = send(get(path).header("Authorization", "Bearer " + ritaToken));
            assertThat(withToken.statusCode()).as(path).isEqualTo(403);
            assertProblem(withToken, 403, "/problems/forbidden");
        }
    }

    @Test
    void deadLettersAreRoutedToEachServiceForAdminsOnly() throws Exception {
        String alice = Tokens.password("alice.admin");

        HttpResponse<String> list = send(get("/api/admin/dead-letters/patients").header("Authorization", "Bearer " + alice));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(list.body()).get("path").asString()).isEqualTo("/admin/dead-letters");
        assertThat(JSON.readTree(list.body()).get("authorization").asString()).isEqualTo("Bearer " + alice);

        HttpResponse<String> replay = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/admin/dead-letters/treatments/patient-events.DLT/0/42/replay"))
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + alice));
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(replay.body()).get("path").asString())
                .isEqualTo("/admin/dead-letters/patient-events.DLT/0/42/replay");

        // inventory is the closed port here: the admin's request went there, and not to another service
        HttpResponse<String> inventory = send(get("/api/admin/dead-letters/inventory").header("Authorization", "Bearer " + alice));
        assertThat(inventory.statusCode()).isEqualTo(503);

        for (String path : new String[] { "/api/admin/dead-letters/patients", "/api/admin/dead-letters/treatments",
                "/api/admin/dead-letters/inventory/inventory-events.DLT/0/1/replay" }) {
            HttpResponse<String> refused = send(get(path).header("Authorization", "Bearer " + ritaToken));
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertProblem(refused, 403, "/problems/forbidden");
            assertThat(refused.body()).as("the service was not asked").doesNotContain("\"path\"");
        }
        assertThat(send(get("/api/admin/dead-letters/patients")).statusCode()).isEqualTo(401);
    }

    @Test
    void aPathTheFirewallRejectsGetsAProblemToo() throws Exception {
        for (String path : new String[] { "/api/patients/%00", "/api/patients/%2e%2e/x" }) {
            HttpResponse<String> rejected = send(get(path).header("Authorization", "Bearer " + ritaToken));
            assertThat(rejected.statusCode()).as(path).isEqualTo(400);
            assertProblem(rejected, 400, "/problems/bad-request");
        }
    }

    @Test
    void documentationPageAndOpenApiDocumentsAreOpenWithoutAToken() throws Exception {
        for (String path : new String[] { "/docs", "/docs/", "/docs/index.html" }) {
            HttpResponse<String> page = send(get(path));
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                    contentType -> assertThat(contentType).startsWith("text/html"));
            assertThat(page.body()).contains("href=\"/api-docs/patients\"", "href=\"/api-docs/treatments\"",
                    "href=\"/api-docs/inventory\"", "client_credentials", "clinic-cli");
        }

        HttpResponse<String> patients = send(get("/api-docs/patients"));
        assertThat(patients.statusCode()).isEqualTo(200);
        JsonNode echo = JSON.readTree(patients.body());
        assertThat(echo.get("path").asString()).isEqualTo("/v3/api-docs");
        assertThat(echo.get("authorization").isNull()).isTrue();
        HttpResponse<String> treatments = send(get("/api-docs/treatments"));
        assertThat(JSON.readTree(treatments.body()).get("path").asString()).isEqualTo("/v3/api-docs");

        // nothing else became open
        assertThat(send(get("/api-docs/patients/x")).statusCode()).isEqualTo(401);
        assertThat(send(get("/v3/api-docs")).statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api-docs/patients"))
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(401);
    }

    @Test
    void aPartnerOverItsRateGets429WithRetryAfterWhileStaffGoOn() throws Exception {
        String partner = Tokens.clientCredentials("partner-demo", "partner-demo-secret");
        for (int i = 0; i < 3; i++) {
            assertThat(send(get("/api/patients").header("Authorization", "Bearer " + partner)).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = send(get("/api/patients").header("Authorization", "Bearer " + partner));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertProblem(limited, 429, "/problems/too-many-requests");
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 10L));
        assertThat(send(get("/api/patients").header("Authorization", "Bearer " + ritaToken)).statusCode()).isEqualTo(200);
    }

    @Test
    void anOversizedBodyIsRefusedWith413BeforeReachingAService() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/patients"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + ritaToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"" + "x".repeat(1_100_000) + "\"}")));

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblem(response, 413, "/problems/payload-too-large");
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutOffWith413AndNeverReachesTheServiceWhole() throws Exception {
        byte[] twoMiB = ("{\"note\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        // a publisher of unknown length: the client sends it chunked, with no Content-Length
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofByteArray(twoMiB));
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/patients/chunked"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + ritaToken)
                .header("Content-Type", "application/json").POST(chunked));

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblem(response, 413, "/problems/payload-too-large");
        assertThat(wholeBodiesReceived.get()).isZero();

        // a chunked body under the limit still goes through whole
        HttpResponse<String> small = send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/patients/chunked"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + ritaToken)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofString("{\"note\":\"small\"}"))));
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(wholeBodiesReceived.get()).isEqualTo(1);
    }

    @Test
    void aRequestWhoseHeadersTrickleInIsClosedAfterTheHeaderTimeout() throws Exception {
        String answer = Slowloris.answerTo("127.0.0.1", port, "/api/patients");

        assertThat(answer).startsWith("HTTP/1.1 408").contains("/problems/request-timeout", "correlationId");
    }

    @Test
    void nettysOwnRefusalsOfTooLongLinesAndHeadersAreProblemsToo() throws Exception {
        HttpResponse<String> longUri = send(get("/api/patients?q=" + "x".repeat(5000)));
        assertThat(longUri.statusCode()).isEqualTo(414);
        assertProblem(longUri, 414, "/problems/uri-too-long");

        HttpResponse<String> bigHeaders = send(get("/api/patients").header("X-Big", "y".repeat(9000)));
        assertThat(bigHeaders.statusCode()).isEqualTo(431);
        assertProblem(bigHeaders, 431, "/problems/headers-too-large");
    }

    @Test
    void theDocsPageListsEveryProblemTypeAndTheLimits() throws Exception {
        String page = send(get("/docs")).body();

        for (ProblemType type : ProblemType.values()) {
            assertThat(page).contains("<code>" + type.type() + "</code>");
        }
        assertThat(page).contains("MAX_BODY_BYTES", "1048576 bytes", "HEADER_TIMEOUT", "2 s", "IDLE_TIMEOUT",
                "PARTNER_RATE_BURST", "STAFF_RATE_PER_SECOND");

        // a type URI, opened without a token, leads to its row
        HttpResponse<String> type = send(get("/problems/payload-too-large"));
        assertThat(type.statusCode()).isEqualTo(303);
        assertThat(type.headers().firstValue("Location")).hasValue("/docs#payload-too-large");
        assertThat(page).contains("id=\"payload-too-large\"");
        assertProblem(send(get("/problems/no-such-type")), 404, "/problems/not-found");
    }

    // --- helpers ---

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20)).GET();
    }

    private HttpRequest.Builder preflight(String origin) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/patients"))
                .timeout(Duration.ofSeconds(20))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key");
    }

    // One client, so requests share kept-alive connections as browsers' do: this once hung on Reactor Netty 1.3.6.
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("correlationId").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("\tat ").doesNotContain("trace");
    }

    private static void startEchoServer() throws IOException {
        if (echoServer != null) {
            return;
        }
        echoServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        echoExecutor = Executors.newFixedThreadPool(4);
        echoServer.setExecutor(echoExecutor);
        echoServer.createContext("/", GatewayIntegrationTest::echo);
        echoServer.start();
    }

    private static void echo(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().toString();
            if (path.contains("/chunked")) {
                exchange.getRequestBody().readAllBytes();
                wholeBodiesReceived.incrementAndGet();
            }
            if (path.contains("/slow")) {
                try {
                    Thread.sleep(3500);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("path", path);
            body.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
            body.put("correlationId", exchange.getRequestHeaders().getFirst("X-Correlation-Id"));
            byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Server", "echo/1.0");
            String correlationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
            if (correlationId != null) {
                exchange.getResponseHeaders().set("X-Correlation-Id", correlationId);
            }
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        catch (IOException ex) {
            // the gateway gave up on a slow answer: nothing to do
        }
        finally {
            exchange.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
