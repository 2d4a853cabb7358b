package com.clinicchain.browsertest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.Infrastructure;
import com.clinicchain.testsupport.Tokens;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * A patient's consent that the treatment service never applied (its event sits on the dead-letter topic, as after a
 * failure of its database) keeps the patient from being booked; the admin finds it on the dead-letters page, with its
 * error, replays it, and the booking goes through.
 */
class AdminDeadLettersTest extends BrowserTest {

    private static final ApiClient gateway = new ApiClient(platform.gatewayUrl());

    @Test
    void theAdminReplaysADeadLetteredConsentAndThePatientCanBeBooked() throws Exception {
        String rita = Tokens.password("rita.reception");
        var patient = gateway.post(rita, "/api/patients", Map.of("givenName", "Dag", "familyName", unique("Letter"),
                "dateOfBirth", "1975-05-05", "sex", "MALE", "homeClinicId", "clinic-north"));
        assertThat(patient.status()).as(patient.toString()).isEqualTo(201);
        String patientId = patient.json().get("id").asString();
        assertThat(gateway.post(Tokens.password("nina.nurse"), "/api/patients/" + patientId + "/screenings",
                Map.of("conditions", List.of(), "medications", List.of())).status()).isEqualTo(201);
        Map<String, Object> booking = Map.of("patientId", patientId, "clinicId", "clinic-north", "productId",
                TreatmentRoomTest.BOTOX, "startsAt", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS)
                        .plusHours(30).toString(), "areas", List.of(Map.of("area", "GLABELLAR_LINES")));
        assertThat(gateway.post(rita, "/api/sessions", booking).status()).as("no consent yet").isEqualTo(422);

        String eventId = UUID.randomUUID().toString();
        String envelope = ApiClient.JSON.writeValueAsString(Map.of("id", eventId, "type", "ConsentGranted",
                "version", 1, "occurredAt", Instant.now().toString(), "chainId", "demo-chain", "payload", Map.of(
                        "consentId", UUID.randomUUID().toString(), "patientId", patientId,
                        "consentType", "TREATMENT_BOTULINUM_TOXIN", "templateVersion", 1,
                        "signedAt", Instant.now().minusSeconds(60).toString())));
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            var failed = new ProducerRecord<>("patient-events.DLT", patientId, envelope);
            failed.headers().add("kafka_dlt-exception-message",
                    "database unavailable".getBytes(StandardCharsets.UTF_8));
            producer.send(failed).get();
        }

        signIn("alice.admin");
        page.navigate(url("/admin"));
        page.getByText("Dead letters", new Page.GetByTextOptions().setExact(true)).click();
        Locator line = page.locator("table.dead-letters tbody tr", new Page.LocatorOptions().setHasText(patientId));
        assertThat(line.count()).as("one line, though every service lists the shared dead-letter topic").isEqualTo(1);
        assertThat(line.locator(".event").textContent()).isEqualTo("ConsentGranted");
        assertThat(line.locator(".error").textContent()).isEqualTo("database unavailable");
        assertThat(line.textContent()).contains("patient-events.DLT").contains("patients, treatments, inventory");
        assertThat(page.locator(".banner").count()).isZero();

        line.getByText("Replay").click();

        assertThat(page.locator(".notice.saved").textContent()).startsWith("Replayed patient-events.DLT");
        // the treatment service applies the consent when the replayed event reaches it through Kafka
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.post(rita, "/api/sessions", booking).status() == 201);
    }

    @Test
    void aManagerGetsNoDeadLettersThroughTheGateway() {
        var refused = gateway.get(Tokens.password("mark.manager"), "/api/admin/dead-letters/treatments");
        assertThat(refused.status()).isEqualTo(403);
        signIn("mark.manager");
        assertThat(page.navigate(url("/admin/dead-letters")).status()).isEqualTo(403);
    }
}
