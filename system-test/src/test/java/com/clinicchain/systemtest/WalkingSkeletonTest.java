package com.clinicchain.systemtest;

import com.clinicchain.testsupport.DemoProducts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.Tokens;

import tools.jackson.databind.JsonNode;

/**
 * The platform's thinnest real flow, end to end: four apps as separate JVMs, real PostgreSQL, Kafka and
 * Keycloak, every call through the gateway with a real token.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonTest {

    static final String BOTOX = DemoProducts.BOTOX_ID;
    static ApiClient api;

    @BeforeAll
    static void startPlatform() {
        api = new ApiClient(RunningPlatform.get().gatewayUrl());
    }

    @Test
    @Order(1)
    void receptionBooksNurseInjectsAndStockFollows() {
        String rita = Tokens.password("rita.reception");
        String nina = Tokens.password("nina.nurse");
        String mark = Tokens.password("mark.manager");

        // A delivery of 10 vials of 100 U at clinic-north.
        var lot = api.post(mark, "/api/inventory/lots", Map.of("productId", BOTOX, "lotNumber", "C1234",
                "expiryDate", "2030-01-31", "supplier", "Allergan", "clinicId", "clinic-north", "vialCount", 10));
        assertThat(lot.status()).as(lot.toString()).isEqualTo(201);
        String vialId = lot.json().get("vialIds").get(0).asString();
        JsonNode before = stockAtNorth(mark);

        var patient = api.post(rita, "/api/patients", Map.of("givenName", "Ingrid", "familyName", "Halvorsen",
                "dateOfBirth", "1984-03-02", "sex", "FEMALE", "phone", "+47 912 34 567", "homeClinicId", "clinic-north"));
        assertThat(patient.status()).as(patient.toString()).isEqualTo(201);
        String patientId = patient.json().get("id").asString();
        Map<String, Object> booking = Map.of("patientId", patientId, "clinicId", "clinic-north",
                "practitioner", "nina.nurse", "startsAt", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString(),
                "productId", BOTOX, "expectedUnits", 20);

        var refused = api.post(rita, "/api/sessions", booking);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("reasons").get(0).get("rule").asString()).isEqualTo("CONSENT_MISSING");

        var consent = api.post(nina, "/api/patients/" + patientId + "/consents", Map.of(
                "type", "TREATMENT_BOTULINUM_TOXIN", "templateVersion", 1, "method", "IN_CLINIC",
                "signedAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString()));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
        var screening = api.post(nina, "/api/patients/" + patientId + "/screenings",
                Map.of("conditions", List.of(), "medications", List.of()));
        assertThat(screening.status()).as(screening.toString()).isEqualTo(201);

        // The treatment service learns of the consent through Kafka.
        AtomicReference<ApiClient.Reply> booked = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            booked.set(api.post(rita, "/api/sessions", booking));
            return booked.get().status() != 422;
        });
        assertThat(booked.get().status()).as(booked.get().toString()).isEqualTo(201);
        String sessionId = booked.get().json().get("id").asString();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                stockAtNorth(mark).get("reservedUnits").asInt()).isEqualTo(before.get("reservedUnits").asInt() + 20));

        Map<String, Object> completion = Map.of("injections", List.of(
                Map.of("area", "GLABELLAR_LINES", "units", 20, "vialId", vialId)));
        assertThat(api.post(rita, "/api/sessions/" + sessionId + "/complete", completion).status()).isEqualTo(403);

        // A vial is injected only once reconstituted; the treatment service learns of it, and of the screening, through
        // Kafka.
        var reconstituted = api.post(nina, "/api/inventory/vials/" + vialId + "/reconstitute", Map.of("salineMl", 2.5));
        assertThat(reconstituted.status()).as(reconstituted.toString()).isEqualTo(200);
        AtomicReference<ApiClient.Reply> completing = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            completing.set(api.post(nina, "/api/sessions/" + sessionId + "/complete", completion));
            String answer = completing.get().body();
            return !answer.contains("VIAL_NOT_RECONSTITUTED") && !answer.contains("SCREENING_MISSING");
        });
        var completed = completing.get();
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.json().get("injections").get(0).get("lotNumber").asString()).isEqualTo("C1234");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode after = stockAtNorth(mark);
            assertThat(after.get("onHandUnits").asInt()).isEqualTo(before.get("onHandUnits").asInt() - 20);
            assertThat(after.get("reservedUnits").asInt()).isEqualTo(before.get("reservedUnits").asInt());
        });
        var vials = api.get(mark, "/api/inventory/vials?clinicId=clinic-north&size=100").json().get("items");
        assertThat(vials.valueStream().filter(v -> v.get("id").asString().equals(vialId)).findFirst().orElseThrow()
                .get("unitsRemaining").asInt()).isEqualTo(80);

        var consistency = api.get(Tokens.password("alice.admin"), "/api/inventory/admin/consistency");
        assertThat(consistency.status()).as(consistency.toString()).isEqualTo(200);
        assertThat(consistency.json().get("differences").isEmpty()).as(consistency.toString()).isTrue();
    }

    @Test
    @Order(2)
    void theGatewayAndServicesKeepStrangersOut() {
        var patient = api.post(Tokens.password("rita.reception"), "/api/patients", Map.of("givenName", "Lea",
                "familyName", "Moreau", "dateOfBirth", "1991-09-14", "sex", "FEMALE", "homeClinicId", "clinic-south"));
        assertThat(patient.status()).as(patient.toString()).isEqualTo(201);
        String path = "/api/patients/" + patient.json().get("id").asString();

        assertThat(api.get(null, path).status()).isEqualTo(401);
        var stranger = api.get(Tokens.password("oscar.other"), path);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.contentType()).startsWith("application/problem+json");
        assertThat(api.get(Tokens.password("mark.manager"), path).status()).isEqualTo(200);
    }

    /** Runs after the flows above: what they typed about patients must not be in any app's log. */
    @Test
    @Order(3)
    void personalDataNeverReachesTheLogs() throws IOException {
        List<Path> logs;
        try (var files = Files.list(Path.of("target", "app-logs"))) {
            logs = files.filter(file -> file.toString().endsWith(".log")).toList();
        }
        assertThat(logs).hasSize(4);
        for (Path log : logs) {
            String text = Files.readString(log);
            assertThat(text).as(log.toString()).contains("correlationId")
                    .doesNotContain("Halvorsen", "Ingrid", "Moreau", "1984-03-02", "1991-09-14", "912 34 567", "4791234567");
        }
    }

    private static JsonNode stockAtNorth(String token) {
        var stock = api.get(token, "/api/inventory/stock?clinicId=clinic-north");
        assertThat(stock.status()).as(stock.toString()).isEqualTo(200);
        for (JsonNode row : stock.json()) {
            if (row.get("productId").asString().equals(BOTOX)) {
                return row;
            }
        }
        throw new AssertionError("no Botox stock at clinic-north: " + stock);
    }
}
