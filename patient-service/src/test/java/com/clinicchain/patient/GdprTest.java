package com.clinicchain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.Events;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.TopicReader;

import tools.jackson.databind.JsonNode;

class GdprTest extends PatientServiceTest {

    @Test
    void anExportHoldsEverythingAboutThePatient() {
        String family = unique("Export");
        String id = registerPatient("Rut", family);
        api.post(nina(), "/api/patients/" + id + "/screenings", Map.of("conditions", List.of(),
                "medications", List.of("GINKGO")));
        api.post(nina(), "/api/patients/" + id + "/consents", ConsentApiTest.consent("MARKETING", 1,
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)));

        assertProblem(api.get(rita(), "/api/patients/" + id + "/export"), 403);
        assertProblem(api.get(oscar(), "/api/patients/" + id + "/export"), 404);
        Reply export = api.get(alice(), "/api/patients/" + id + "/export");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        JsonNode body = export.json();
        assertThat(body.get("patient").get("familyName").asString()).isEqualTo(family);
        assertThat(body.get("screenings").get(0).get("medications").get(0).asString()).isEqualTo("GINKGO");
        assertThat(body.get("consents").get(0).get("type").asString()).isEqualTo("MARKETING");
        List<String> actions = body.get("accessLog").valueStream().map(e -> e.get("action").asString()).toList();
        assertThat(actions).contains("REGISTER", "SCREENING_RECORD", "CONSENT_GRANT", "EXPORT");
        assertThat(auditOf(id)).contains("EXPORT DENIED", "EXPORT ALLOWED");
    }

    @Test
    void erasurePseudonymisesButKeepsConsentsAndTheAuditTrail() {
        String family = unique("Erase");
        String id = registerPatient("Rut", family);
        api.post(nina(), "/api/patients/" + id + "/consents", ConsentApiTest.consent("TREATMENT_BOTULINUM_TOXIN", 1,
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)));
        String path = "/api/patients/" + id;

        assertProblem(api.post(nina(), path + "/erase", Map.of()), 403);
        assertProblem(api.post(oscar(), path + "/erase", Map.of()), 404);
        Reply erased = api.post(alice(), path + "/erase", Map.of());
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertProblem(api.post(alice(), path + "/erase", Map.of()), 409);

        Reply read = send("GET", rita(), path, null);
        JsonNode patient = read.json();
        assertThat(read.body()).doesNotContain(family).doesNotContain("Rut").doesNotContain("example.org");
        assertThat(patient.get("erased").asBoolean()).isTrue();
        assertThat(patient.get("dateOfBirth").asString()).isEqualTo("1985-01-01");
        assertThat(patient.get("phone").isNull()).isTrue();
        assertThat(patient.get("medicalRecordNumber").asString()).startsWith("MRN-");
        assertProblem(send("PUT", rita(), path, patient("Rut", family, "clinic-north"), "If-Match",
                read.header("ETag")), 409);
        assertThat(api.get(rita(), "/api/patients?q=" + family).json().get("totalItems").asLong()).isZero();
        assertThat(api.get(mark(), path + "/consents").json().get("history")).hasSize(1);
        assertThat(auditOf(id)).contains("REGISTER ALLOWED", "ERASE DENIED", "ERASE ALLOWED");

        List<ConsumerRecord<String, String>> events = TopicReader.withKey(Events.PATIENT_TOPIC, id, 3);
        assertThat(events).extracting(ConsumerRecord::value)
                .anySatisfy(value -> assertThat(value).contains("\"type\":\"PatientErased\""));
    }
}
