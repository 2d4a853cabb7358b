package com.clinicchain.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import com.clinicchain.contracts.EventEnvelope;
import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.LotReceived;
import com.clinicchain.contracts.patient.ConsentGranted;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.RealInfrastructure;
import com.clinicchain.testsupport.Tokens;
import com.clinicchain.testsupport.TopicReader;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class SessionApiTest {

    static final UUID BOTOX = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final String RITA = Tokens.password("rita.reception");
    static final String NINA = Tokens.password("nina.nurse");

    @Value("${local.server.port}")
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    @Test
    void bookingNeedsConsentAndPublishesTheExpectedUnits() {
        UUID patient = UUID.randomUUID();
        Reply refused = api.post(RITA, "/api/sessions", booking(patient, 20));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/not-eligible");
        assertThat(refused.json().get("reasons").get(0).get("rule").asString()).isEqualTo("CONSENT_MISSING");

        grantConsent(patient);
        Reply booked = bookWhenEligible(patient, 20);
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
        UUID patient = UUID.randomUUID();
        grantConsent(patient);
        UUID vial = UUID.randomUUID();
        UUID expiredVial = UUID.randomUUID();
        publish(Events.INVENTORY_TOPIC, UUID.randomUUID(), new LotReceived(UUID.randomUUID(), "LOT-OK", BOTOX,
                "clinic-north", LocalDate.now().plusYears(1), 100, List.of(vial)));
        publish(Events.INVENTORY_TOPIC, UUID.randomUUID(), new LotReceived(UUID.randomUUID(), "LOT-OLD", BOTOX,
                "clinic-north", LocalDate.now(), 100, List.of(expiredVial)));
        String sessionId = bookWhenEligible(patient, 24).json().get("id").asString();
        String complete = "/api/sessions/" + sessionId + "/complete";

        assertThat(api.post(RITA, complete, injections(vial, 24)).status()).isEqualTo(403);
        assertThat(api.get(Tokens.password("oscar.other"), "/api/sessions/" + sessionId).status()).isEqualTo(404);
        Reply badInput = api.postJson(NINA, complete, "{\"injections\":[{\"area\":\"CHIN\",\"units\":4,\"vialId\":\"" + vial + "\"}]}");
        assertThat(badInput.status()).isEqualTo(400);
        assertThat(badInput.json().get("errors").get(0).get("field").asString()).isEqualTo("injections[0].area");

        await().atMost(Duration.ofSeconds(30)).until(() -> known(vial) && known(expiredVial));
        Reply unusable = api.post(NINA, complete, Map.of("injections", List.of(
                Map.of("area", "GLABELLAR_LINES", "units", 20, "vialId", expiredVial.toString()),
                Map.of("area", "FOREHEAD_LINES", "units", 4, "vialId", UUID.randomUUID().toString()))));
        assertThat(unusable.status()).as(unusable.toString()).isEqualTo(422);
        List<String> rules = new ArrayList<>();
        unusable.json().get("reasons").forEach(reason -> rules.add(reason.get("rule").asString()));
        assertThat(rules).containsExactlyInAnyOrder("LOT_EXPIRED", "VIAL_UNKNOWN");

        Reply completed = api.post(NINA, complete, injections(vial, 24));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        JsonNode body = completed.json();
        assertThat(body.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(body.get("completedBy").asString()).isEqualTo("nina.nurse");
        assertThat(body.get("injections").get(0).get("lotNumber").asString()).isEqualTo("LOT-OK");
        assertThat(api.post(NINA, complete, injections(vial, 24)).status()).isEqualTo(409);

        assertThat(TopicReader.withKey(Events.TREATMENT_TOPIC, sessionId, 2)).extracting(ConsumerRecord::value)
                .anySatisfy(value -> assertThat(value).contains("\"type\":\"SessionCompleted\"")
                        .contains("\"lotNumber\":\"LOT-OK\"").contains("\"units\":24"));
    }

    @Test
    void aRedeliveredEventIsAppliedOnceAndAPoisonRecordIsDeadLettered() {
        UUID patient = UUID.randomUUID();
        EventEnvelope<ConsentGranted> consent = EventEnvelope.of("demo-chain", new ConsentGranted(UUID.randomUUID(),
                patient, "TREATMENT_BOTULINUM_TOXIN", 1, Instant.now().minusSeconds(60), null));
        String poisonKey = "poison-" + UUID.randomUUID();
        kafka.send(Events.PATIENT_TOPIC, patient.toString(), json.writeValueAsString(consent));
        kafka.send(Events.PATIENT_TOPIC, poisonKey, "{not json");
        kafka.send(Events.PATIENT_TOPIC, patient.toString(), json.writeValueAsString(consent));

        assertThat(TopicReader.withKey(Events.PATIENT_TOPIC + Events.DEAD_LETTER_SUFFIX, poisonKey, 1)).singleElement()
                .satisfies(record -> assertThat(record.headers().lastHeader("kafka_dlt-exception-message")).isNotNull());
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from inbox_event where event_id = ?").param(consent.id()).query(Long.class).single() == 1);
        assertThat(jdbc.sql("select count(*) from patient_consent where patient_id = ?").param(patient)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(bookWhenEligible(patient, 20).status()).isEqualTo(201);
    }

    private boolean known(UUID vial) {
        return jdbc.sql("select count(*) from known_vial where vial_id = ?").param(vial).query(Long.class).single() == 1;
    }

    private Reply bookWhenEligible(UUID patient, int units) {
        Reply[] last = new Reply[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            last[0] = api.post(RITA, "/api/sessions", booking(patient, units));
            return last[0].status() != 422;
        });
        assertThat(last[0].status()).as(last[0].toString()).isEqualTo(201);
        return last[0];
    }

    private void grantConsent(UUID patient) {
        publish(Events.PATIENT_TOPIC, patient, new ConsentGranted(UUID.randomUUID(), patient,
                "TREATMENT_BOTULINUM_TOXIN", 1, Instant.now().minusSeconds(60), null));
    }

    private void publish(String topic, UUID key, Object payload) {
        kafka.send(topic, key.toString(), json.writeValueAsString(EventEnvelope.of("demo-chain", payload))).join();
    }

    private static Map<String, Object> booking(UUID patient, int units) {
        return Map.of("patientId", patient.toString(), "clinicId", "clinic-north", "practitioner", "nina.nurse",
                "startsAt", OffsetDateTime.now(ZoneOffset.UTC).plusHours(2).toString(), "productId", BOTOX.toString(),
                "expectedUnits", units);
    }

    private static Map<String, Object> injections(UUID vial, int units) {
        return Map.of("injections", List.of(Map.of("area", "LATERAL_CANTHAL_LINES", "units", units,
                "vialId", vial.toString())));
    }
}
