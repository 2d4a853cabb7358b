package com.clinicchain.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.EventEnvelope;
import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.patient.ConsentGranted;
import com.clinicchain.testsupport.OpenApiDocument;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.TopicReader;

import tools.jackson.databind.JsonNode;

class SessionApiTest extends TreatmentServiceTest {

    @Test
    void publishesItsOpenApiDocumentWithTheKeycloakSchemeWithoutAToken() {
        OpenApiDocument.assertPublished(api, "treatment-service", "/api/sessions", "/api/sessions/{id}", "/api/sessions/{id}/complete");
    }

    @Test
    void bookingNeedsConsentAndPublishesTheExpectedUnits() {
        UUID patient = UUID.randomUUID();
        Reply refused = api.post(rita, "/api/sessions", booking(patient, 20));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/not-eligible");
        assertThat(rules(refused)).containsExactly("CONSENT_MISSING");

        grantConsent(patient);
        Reply booked = bookWhenEligible(rita, booking(patient, 20));
        String sessionId = booked.json().get("id").asString();
        assertThat(booked.location()).isEqualTo("/api/sessions/" + sessionId);
        assertThat(booked.json().get("stockStatus").asString()).isEqualTo("PENDING");

        List<ConsumerRecord<String, String>> scheduled = TopicReader.withKey(Events.TREATMENT_TOPIC, sessionId, 1);
        assertThat(scheduled).singleElement().satisfies(record -> assertThat(record.value())
                .contains("\"type\":\"SessionScheduled\"").contains("\"expectedUnits\":20")
                .contains("\"clinicId\":\"clinic-north\""));
    }

    @Test
    void onlyAPractitionerCompletesAndOnlyWithAUsableVial() {
        UUID patient = consentedPatient();
        UUID vial = receiveVial("LOT-OK", UUID.randomUUID(), LocalDate.now().plusYears(1));
        UUID expiredVial = receiveVial("LOT-OLD", UUID.randomUUID(), LocalDate.now());
        String sessionId = bookedSession(patient, 24);
        String complete = "/api/sessions/" + sessionId + "/complete";

        assertThat(api.post(rita, complete, injections(vial, 24)).status()).isEqualTo(403);
        assertThat(api.get(oscar, "/api/sessions/" + sessionId).status()).isEqualTo(404);
        Reply badInput = api.postJson(nina, complete, "{\"injections\":[{\"area\":\"CHIN\",\"units\":4,\"vialId\":\"" + vial + "\"}]}");
        assertThat(badInput.status()).isEqualTo(400);
        assertThat(badInput.json().get("errors").get(0).get("field").asString()).isEqualTo("injections[0].area");

        awaitVial(vial);
        awaitVial(expiredVial);
        Reply unusable = api.post(nina, complete, Map.of("injections", List.of(
                Map.of("area", "GLABELLAR_LINES", "units", 20, "vialId", expiredVial.toString()),
                Map.of("area", "FOREHEAD_LINES", "units", 4, "vialId", UUID.randomUUID().toString()))));
        assertThat(unusable.status()).as(unusable.toString()).isEqualTo(422);
        assertThat(rules(unusable)).containsExactlyInAnyOrder("LOT_EXPIRED", "VIAL_UNKNOWN");

        Reply completed = api.post(nina, complete, injections(vial, 24));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        JsonNode body = completed.json();
        assertThat(body.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(body.get("completedBy").asString()).isEqualTo("nina.nurse");
        assertThat(body.get("injections").get(0).get("lotNumber").asString()).isEqualTo("LOT-OK");
        Reply again = api.post(nina, complete, injections(vial, 24));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("/problems/illegal-transition");
        Reply cancelled = api.post(nina, "/api/sessions/" + sessionId + "/cancel", Map.of("reason", "too late"));
        assertThat(cancelled.status()).as("a completed session stays completed").isEqualTo(409);
        assertThat(cancelled.json().get("detail").asString()).isEqualTo("a COMPLETED session cannot become CANCELLED");

        assertThat(TopicReader.withKey(Events.TREATMENT_TOPIC, sessionId, 2)).extracting(ConsumerRecord::value)
                .anySatisfy(value -> assertThat(value).contains("\"type\":\"SessionCompleted\"")
                        .contains("\"lotNumber\":\"LOT-OK\"").contains("\"units\":24")
                        .as("who gave the injections, for the manager's usage per practitioner")
                        .contains("\"practitioner\":\"nina.nurse\""));
    }

    @Test
    void aRedeliveredEventIsAppliedOnceAndAPoisonRecordIsDeadLettered() {
        UUID patient = UUID.randomUUID();
        EventEnvelope<ConsentGranted> consent = EventEnvelope.of("demo-chain", new ConsentGranted(UUID.randomUUID(),
                patient, "TREATMENT_BOTULINUM_TOXIN", 1, Instant.now().minusSeconds(60), null), Instant.now());
        String poisonKey = "poison-" + UUID.randomUUID();
        kafka.send(Events.PATIENT_TOPIC, patient.toString(), json.writeValueAsString(consent));
        kafka.send(Events.PATIENT_TOPIC, poisonKey, "{not json");
        kafka.send(Events.PATIENT_TOPIC, patient.toString(), json.writeValueAsString(consent));

        assertThat(TopicReader.withKey(Events.PATIENT_TOPIC + Events.DEAD_LETTER_SUFFIX, poisonKey, 1)).singleElement()
                .satisfies(record -> assertThat(record.headers().lastHeader("kafka_dlt-exception-message")).isNotNull());
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from inbox_event where event_id = ?", consent.id()) == 1);
        assertThat(count("select count(*) from patient_consent where patient_id = ?", patient)).isEqualTo(1);
        assertThat(bookWhenEligible(rita, booking(patient, 20)).status()).isEqualTo(201);
    }
}
