package com.clinicchain.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.clinicchain.systemtest.Http.Answer;
import com.clinicchain.testsupport.Tokens;

/**
 * What an API caller must not reach or learn through the gateway, even holding the chain admin's token: actuator
 * endpoints other than health (the gateway's own; the services' are never routed), stack traces, SQL or class
 * names in error bodies.
 */
class HardeningTest {

    /** Fragments of a stack trace, an SQL error or an exception's class name. */
    static final String[] INTERNALS = { "Exception", "\tat ", "at com.", "at org.", "at java.", "tools.jackson",
        "com.fasterxml", "org.springframework", "org.postgresql", "SQL", "select ", "insert ", "Caused by" };

    static String gateway;
    static String admin;

    @BeforeAll
    static void platform() {
        gateway = RunningPlatform.get().gatewayUrl();
        admin = Tokens.password("alice.admin");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/actuator/prometheus", "/actuator/info", "/actuator/env", "/actuator/metrics",
        "/actuator/loggers", "/actuator/heapdump", "/actuator/threaddump", "/actuator/configprops",
        "/actuator/gateway/routes", "/actuator", "/api/patients/../../actuator/prometheus",
        "/api/patients/%2e%2e/%2e%2e/actuator/env", "/api/inventory/..%2f..%2factuator/prometheus" })
    void actuatorEndpointsOtherThanHealthAreNotReachable(String path) {
        Answer answer = Http.send("GET", gateway + path, admin, null, Map.of());
        assertThat(answer.status()).as(path + ": " + answer).isIn(400, 403, 404);
        assertThat(answer.body()).doesNotContain("jvm_", "process_", "java.version", "systemProperties", "routeId");
        assertThat(Http.send("GET", gateway + "/actuator/health", null, null, Map.of()).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/patients", "/api/sessions", "/api/inventory/lots", "/api/inventory/fridges" })
    void aMalformedBodyGetsA400ProblemWithoutInternals(String path) {
        for (String body : new String[] { "{\"givenName\": ", "[1, 2", "{\"clinicId\": {\"$gt\": \"\"}}",
            "{\"sex\": \"ROBOT\", \"startsAt\": \"yesterday\", \"vialCount\": \"many\"}" }) {
            Answer answer = Http.send("POST", gateway + path, admin, body, Map.of());
            assertCleanProblem(answer, path + " " + body, 400);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/patients/not-a-uuid", "/api/patients/1'%20or%20'1'='1",
        "/api/sessions/not-a-uuid", "/api/inventory/lots/12345", "/api/inventory/vials/%00",
        "/api/patients?dateOfBirth=31.02.1990", "/api/patients?size=abc" })
    void aBadIdOrParameterGetsA400ProblemWithoutInternals(String path) {
        assertCleanProblem(Http.send("GET", gateway + path, admin, null, Map.of()), path, 400);
    }

    private static void assertCleanProblem(Answer answer, String as, int status) {
        assertThat(answer.status()).as(as + ": " + answer).isEqualTo(status);
        assertThat(answer.contentType()).as(as).startsWith("application/problem+json");
        assertThat(answer.body()).as(as).doesNotContain(INTERNALS);
    }
}
