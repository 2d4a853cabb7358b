package com.clinicchain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.Events;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.TopicReader;

/** Reception's "Register" retried after a timeout must not make a second patient, nor a duplicate warning. */
class PatientIdempotencyTest extends PatientServiceTest {

    @Test
    void aRegistrationRetriedWithTheSameKeyGetsTheFirstAnswerAndRegistersOnce() {
        String family = unique("Retry");
        Map<String, Object> body = patient("Hedda", family, "clinic-north");
        String key = "register-" + UUID.randomUUID();

        Reply first = send("POST", rita(), "/api/patients", body, "Idempotency-Key", key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String id = first.json().get("id").asString();
        Reply retry = send("POST", rita(), "/api/patients", body, "Idempotency-Key", key);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.json().get("id").asString()).isEqualTo(id);
        assertThat(retry.location()).isEqualTo("/api/patients/" + id);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        // Without the key the very same request is a second registration of the same person.
        assertProblem(api.post(rita(), "/api/patients", body), 409);

        Map<String, Object> someoneElse = new HashMap<>(patient("Hedda", unique("Other"), "clinic-north"));
        assertThat(assertProblem(send("POST", rita(), "/api/patients", someoneElse, "Idempotency-Key", key), 422)
                .get("type").asString()).isEqualTo("/problems/idempotency-key-reused");

        assertThat(jdbc.sql("select count(*) from patient where chain_id = 'demo-chain' and family_name in (?, ?)")
                .params(family, someoneElse.get("familyName")).query(Long.class).single()).isEqualTo(1);
        // Every event passes through the outbox, so its rows count what was published; the reader shows it went out.
        assertThat(jdbc.sql("select count(*) from outbox_event where record_key = ? and event_type = 'PatientRegistered'")
                .param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(TopicReader.withKey(Events.PATIENT_TOPIC, id, 1)).extracting(ConsumerRecord::value)
                .singleElement().asString().contains("\"type\":\"PatientRegistered\"");
    }

    @Test
    void erasingThePatientForgetsTheKeptAnswerWithTheirName() {
        String family = unique("Forgotten");
        Map<String, Object> body = patient("Sigrid", family, "clinic-north");
        String key = "register-" + UUID.randomUUID();
        String id = send("POST", rita(), "/api/patients", body, "Idempotency-Key", key).json().get("id").asString();

        Reply erased = api.post(alice(), "/api/patients/" + id + "/erase", Map.of());
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);

        assertThat(jdbc.sql("select count(*) from idempotent_request where convert_from(body, 'UTF8') like ?")
                .param("%" + family + "%").query(Long.class).single()).isZero();
        Reply retry = send("POST", rita(), "/api/patients", body, "Idempotency-Key", key);
        assertThat(retry.header("Idempotent-Replayed")).as("nothing kept to replay").isNull();
        assertThat(retry.json().path("id").asString()).isNotEqualTo(id);
    }
}
