package com.clinicchain.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.EventEnvelope;
import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.patient.ConsentGranted;
import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

/** The kit's dead-letter endpoints, on this service: an admin lists a chain's dead letters and replays one, once. */
class DeadLetterReplayTest extends TreatmentServiceTest {

    @Test
    void anAdminReplaysADeadLetterAndItIsAppliedOnce() {
        UUID patient = UUID.randomUUID();
        var consent = EventEnvelope.of("demo-chain", new ConsentGranted(UUID.randomUUID(), patient,
                "TREATMENT_BOTULINUM_TOXIN", 1, Instant.now().minusSeconds(60), null), Instant.now());
        // as if it had failed while the database was down: it sits on the dead-letter topic, not applied
        var failed = new ProducerRecord<>(Events.PATIENT_TOPIC + Events.DEAD_LETTER_SUFFIX, patient.toString(),
                json.writeValueAsString(consent));
        failed.headers().add("kafka_dlt-exception-message", "database unavailable".getBytes());
        kafka.send(failed).join();

        assertThat(api.get(rita, "/admin/dead-letters").status()).isEqualTo(403);
        JsonNode letter = deadLetterFor(patient.toString());
        assertThat(letter.get("eventType").asString()).isEqualTo("ConsentGranted");
        assertThat(letter.get("error").asString()).isEqualTo("database unavailable");
        assertThat(api.get(oscar, "/admin/dead-letters").json().valueStream()
                .noneMatch(other -> patient.toString().equals(other.get("key").asString())))
                .as("another chain's admin does not see it").isTrue();
        String replay = "/admin/dead-letters/" + letter.get("topic").asString() + "/" + letter.get("partition").asInt()
                + "/" + letter.get("offset").asLong() + "/replay";
        assertThat(api.post(oscar, replay, "").status()).isEqualTo(404);

        assertThat(api.post(alice, replay, "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from patient_consent where patient_id = ?", patient) == 1);
        Reply again = api.post(alice, replay, "");
        assertThat(again.status()).isEqualTo(202);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> count(
                "select count(*) from inbox_event where event_id = ?", consent.id()) == 1);
        assertThat(count("select count(*) from patient_consent where patient_id = ?", patient)).isEqualTo(1);
        assertThat(api.post(alice, "/admin/dead-letters/patient-events/0/0/replay", "").status())
                .as("only dead-letter topics can be replayed").isEqualTo(404);
    }

    private JsonNode deadLetterFor(String key) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            api.get(alice, "/admin/dead-letters").json().valueStream()
                    .filter(letter -> key.equals(letter.get("key").asString())).findFirst()
                    .ifPresent(letter -> found[0] = letter);
            return found[0] != null;
        });
        return found[0];
    }
}
