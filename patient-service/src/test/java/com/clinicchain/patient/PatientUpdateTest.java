package com.clinicchain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.Events;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.TopicReader;

class PatientUpdateTest extends PatientServiceTest {

    @Test
    void anUpdateNeedsTheCurrentETagAndIsPublished() {
        String family = unique("Update");
        String id = registerPatient("Hedda", family);
        Reply read = send("GET", rita(), "/api/patients/" + id, null);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        Map<String, Object> moved = new HashMap<>(patient("Hedda", family, "clinic-south"));
        moved.put("phone", "+47 400 00 001");

        assertProblem(send("PUT", rita(), "/api/patients/" + id, moved), 428);
        Reply updated = send("PUT", rita(), "/api/patients/" + id, moved, "If-Match", "\"0\"");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        assertThat(updated.json().get("homeClinicId").asString()).isEqualTo("clinic-south");
        assertThat(updated.json().get("phone").asString()).isEqualTo("+4740000001");

        // Someone still holding version 0 must not overwrite the change.
        assertProblem(send("PUT", nina(), "/api/patients/" + id, patient("Hedda", "Lost", "clinic-north"),
                "If-Match", "\"0\""), 412);
        assertThat(send("GET", mark(), "/api/patients/" + id, null).header("ETag")).isEqualTo("\"1\"");

        List<ConsumerRecord<String, String>> events = TopicReader.withKey(Events.PATIENT_TOPIC, id, 2);
        assertThat(events).extracting(ConsumerRecord::value).anySatisfy(value -> assertThat(value)
                .contains("\"type\":\"PatientUpdated\"").contains("\"version\":1").contains("clinic-south")
                .doesNotContain(family));
        assertThat(auditOf(id)).containsExactly("REGISTER ALLOWED", "READ ALLOWED", "UPDATE ALLOWED", "READ ALLOWED");
    }

    @Test
    void rolesChainsAndBadInputChangeNothing() {
        String id = registerPatient("Hedda", unique("Guarded"));
        Map<String, Object> body = patient("Hedda", "Changed", "clinic-north");

        assertProblem(send("PUT", mark(), "/api/patients/" + id, body, "If-Match", "\"0\""), 403);
        assertProblem(send("PUT", oscar(), "/api/patients/" + id, body, "If-Match", "\"0\""), 404);
        Map<String, Object> bad = new HashMap<>(body);
        bad.put("email", "nope");
        bad.put("chainId", "other-chain");
        assertProblem(send("PUT", rita(), "/api/patients/" + id, bad, "If-Match", "\"0\""), 400, "chainId");
        bad.remove("chainId");
        assertProblem(send("PUT", rita(), "/api/patients/" + id, bad, "If-Match", "\"0\""), 400, "email");
        bad.put("email", "ok@example.org");
        bad.put("dateOfBirth", "1850-01-01");
        assertProblem(send("PUT", rita(), "/api/patients/" + id, bad, "If-Match", "\"0\""), 400, "dateOfBirth");
        assertProblem(send("PUT", rita(), "/api/patients/" + id, body, "If-Match", "yesterday"), 400, "If-Match");
        // nina works at clinic-north only: she may not move a patient to clinic-south
        assertProblem(send("PUT", nina(), "/api/patients/" + id, patient("Hedda", "Changed", "clinic-south"),
                "If-Match", "\"0\""), 403);

        assertThat(jdbc.sql("select version from patient where id = ?::uuid").param(id).query(Integer.class).single())
                .isZero();
        assertThat(auditOf(id)).containsExactly("REGISTER ALLOWED", "UPDATE DENIED", "UPDATE DENIED");
    }
}
