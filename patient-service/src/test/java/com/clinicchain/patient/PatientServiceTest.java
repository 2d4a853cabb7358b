package com.clinicchain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.RealInfrastructure;
import com.clinicchain.testsupport.Tokens;

import tools.jackson.databind.JsonNode;

/**
 * Base of the service's API tests: annotated once so that every subclass shares one cached Spring context on the
 * same real PostgreSQL, Kafka and Keycloak.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
public abstract class PatientServiceTest {

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    @Value("${local.server.port}")
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    protected ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient("http://127.0.0.1:" + port);
        // patients are registered only at clinics of the registry: the demo realm's, as production hears of them
        RegistryClinics.announceDemoClinics(jdbc);
    }

    // Keycloak is slow on a busy machine: one token per user, renewed well before its 300 s lifetime ends.
    protected static String rita() { return token("rita.reception", () -> Tokens.password("rita.reception")); }
    protected static String nina() { return token("nina.nurse", () -> Tokens.password("nina.nurse")); }
    protected static String mark() { return token("mark.manager", () -> Tokens.password("mark.manager")); }
    protected static String alice() { return token("alice.admin", () -> Tokens.password("alice.admin")); }
    protected static String oscar() { return token("oscar.other", () -> Tokens.password("oscar.other")); }
    protected static String partner() {
        return token("partner-demo", () -> Tokens.clientCredentials("partner-demo", "partner-demo-secret"));
    }

    private static String token(String who, Supplier<String> fetch) {
        return TOKENS.compute(who, (key, old) -> old != null && old.fetchedAt() > System.nanoTime() - 200_000_000_000L
                ? old : new Token(fetch.get(), System.nanoTime())).value();
    }

    private record Token(String value, long fetchedAt) {
    }

    /** A patient registered by reception at clinic-north, with a unique name so tests do not trip the duplicate check. */
    protected String registerPatient(String given, String family) {
        Reply reply = api.post(rita(), "/api/patients", patient(given, family, "clinic-north"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    protected static Map<String, Object> patient(String given, String family, String clinic) {
        Map<String, Object> body = new HashMap<>(Map.of("givenName", given, "familyName", family,
                "dateOfBirth", "1985-05-17", "sex", "FEMALE", "email", "someone@example.org", "homeClinicId", clinic));
        body.put("phone", "+47 9" + Math.abs((given + family).hashCode() % 10_000_000));
        return body;
    }

    /** Any method; {@code headers} as name, value, name, value ... */
    protected Reply send(String method, String token, String path, Object body, String... headers) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            extra.put(headers[i], headers[i + 1]);
        }
        return api.send(method, token, path, body == null ? null : ApiClient.JSON.writeValueAsString(body), extra);
    }

    protected static JsonNode assertProblem(Reply reply, int status, String... fields) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode body = reply.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("type").asString()).startsWith("/problems/");
        if (fields.length > 0) {
            List<String> named = new ArrayList<>();
            body.get("errors").forEach(error -> named.add(error.get("field").asString()));
            assertThat(named).contains(fields);
        }
        return body;
    }

    /** Letters only, so that names made with it pass validation and never collide between tests. */
    protected static String unique(String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    /** The audit trail as rows: action and outcome, oldest first. */
    protected List<String> auditOf(String patientId) {
        return jdbc.sql("select action || ' ' || outcome from patient_access where patient_id = ?::uuid and chain_id = 'demo-chain' order by id")
                .param(patientId).query(String.class).list();
    }
}
