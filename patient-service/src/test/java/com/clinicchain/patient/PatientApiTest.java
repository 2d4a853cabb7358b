package com.clinicchain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.Events;
import com.clinicchain.testsupport.OpenApiDocument;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.TopicReader;

import tools.jackson.databind.JsonNode;


class PatientApiTest extends PatientServiceTest {

    @Test
    void publishesItsOpenApiDocumentWithTheKeycloakSchemeWithoutAToken() {
        OpenApiDocument.assertPublished(api, "patient-service", "/api/patients", "/api/patients/{id}", "/api/patients/{patientId}/consents");
    }

    @Test
    void receptionRegistersAPatientWithAServerAssignedRecordNumber() {
        Map<String, Object> astrid = new java.util.HashMap<>(patient("Astrid", "Berg", "clinic-north"));
        astrid.put("phone", "+47 912-34-567");
        astrid.put("dateOfBirth", "1984-02-29");
        Reply reply = api.post(rita(), "/api/patients", astrid);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode body = reply.json();
        assertThat(reply.location()).isEqualTo("/api/patients/" + body.get("id").asString());
        assertThat(body.get("medicalRecordNumber").asString()).matches("MRN-\\d{6}");
        assertThat(body.get("phone").asString()).isEqualTo("+4791234567");
        Reply read = api.get(mark(), reply.location());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("familyName").asString()).isEqualTo("Berg");
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        long before = patientCount();
        Map<String, Object> future = new java.util.HashMap<>(patient("Astrid", "Berg", "clinic-north"));
        future.put("dateOfBirth", LocalDate.now().plusDays(1).toString());
        future.put("email", "not-an-email");

        assertProblem(api.post(rita(), "/api/patients", future), 400, "dateOfBirth", "email");
        assertProblem(api.postJson(rita(), "/api/patients", """
                {"givenName":"A","familyName":"B","dateOfBirth":"1980-01-01","sex":"FEMALE",
                 "homeClinicId":"clinic-north","chainId":"other-chain"}"""), 400, "chainId");
        assertProblem(api.postJson(rita(), "/api/patients", """
                {"givenName":"A","familyName":"B","dateOfBirth":"1899-12-31","sex":"FEMALE","homeClinicId":"clinic-north"}"""),
                400, "dateOfBirth");
        assertProblem(api.postJson(rita(), "/api/patients", """
                {"givenName":"A","familyName":"B","dateOfBirth":"1980-01-01","sex":"BOTH","homeClinicId":"clinic-north"}"""),
                400, "sex");
        assertProblem(api.postJson(rita(), "/api/patients", "{\"givenName\":"), 400, "body");
        // a value of another JSON type is refused, never converted (0 is not the first sex, 12345 not a day in 2003)
        Map<String, String> otherTypes = Map.of("sex", "0", "dateOfBirth", "12345", "givenName", "-1",
                "confirmedDifferentPerson", "1", "homeClinicId", "true", "familyName", "1.5");
        otherTypes.forEach((field, value) -> {
            Map<String, String> body = new java.util.LinkedHashMap<>(Map.of("givenName", "\"Astrid\"",
                    "familyName", "\"Berg\"", "dateOfBirth", "\"1980-01-01\"", "sex", "\"FEMALE\"",
                    "homeClinicId", "\"clinic-north\""));
            body.put(field, value);
            String json = body.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                    .collect(java.util.stream.Collectors.joining(",", "{", "}"));
            assertProblem(api.postJson(rita(), "/api/patients", json), 400, field);
        });
        assertProblem(api.get(rita(), "/api/patients?size=1000"), 400, "size");
        assertProblem(api.get(rita(), "/api/patients/not-a-uuid"), 400, "id");
        assertProblem(api.get(rita(), "/api/patients/1-1-1-1-1"), 400, "id");
        // a name of control characters is no name, and never reaches the database as an empty one
        assertProblem(api.postJson(rita(), "/api/patients", """
                {"givenName":"\\u0000\\u001b","familyName":"B","dateOfBirth":"1980-01-01","sex":"FEMALE",
                 "homeClinicId":"clinic-north"}"""), 400, "givenName");

        assertThat(patientCount()).isEqualTo(before);
    }

    @Test
    void rolesClinicsAndChainsAreEnforced() {
        String id = api.post(rita(), "/api/patients", patient("Olav", "Dahl", "clinic-south")).json().get("id").asString();

        assertProblem(api.get(null, "/api/patients/" + id), 401);
        assertProblem(api.get("not.a.token", "/api/patients/" + id), 401);
        Reply stranger = api.get(oscar(), "/api/patients/" + id);
        assertProblem(stranger, 404);
        // each answer has its own correlationId; the rest is the same
        assertThat(withoutCorrelationId(stranger.body())).isEqualTo(withoutCorrelationId(api.get(oscar(),
                "/api/patients/" + id).body())).doesNotContain("Dahl");
        assertProblem(api.get(rita(), "/api/patients/" + UUID.randomUUID()), 404);
        assertProblem(api.post(mark(), "/api/patients", patient("X", "Y", "clinic-north")), 403);
        // nina works at clinic-north only
        assertProblem(api.post(nina(), "/api/patients", patient("X", "Y", "clinic-south")), 403);
        assertProblem(api.post(rita(), "/api/patients/" + id + "/consents", consent()), 403);
    }

    @Test
    void registrationAndConsentArePublishedAsEvents() {
        String id = api.post(rita(), "/api/patients", patient("Maja", "Holm", "clinic-north")).json().get("id").asString();
        Reply granted = api.post(nina(), "/api/patients/" + id + "/consents", consent());
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        assertThat(granted.json().get("witnessedBy").asString()).isEqualTo("nina.nurse");
        assertThat(granted.json().get("validNow").asBoolean()).isTrue();

        Map<String, Object> backwards = new java.util.HashMap<>(consent());
        backwards.put("expiresAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).toString());
        assertProblem(api.post(nina(), "/api/patients/" + id + "/consents", backwards), 400, "expiresAt");

        List<ConsumerRecord<String, String>> events = TopicReader.withKey(Events.PATIENT_TOPIC, id, 2);
        assertThat(events).extracting(ConsumerRecord::value)
                .anySatisfy(value -> assertThat(value).contains("\"type\":\"PatientRegistered\"")
                        .contains("\"chainId\":\"demo-chain\"").doesNotContain("Holm"))
                .anySatisfy(value -> assertThat(value).contains("\"type\":\"ConsentGranted\"")
                        .contains("TREATMENT_BOTULINUM_TOXIN"));
        assertThat(jdbc.sql("select count(*) from outbox_event where record_key = ? and sent_at is null").param(id)
                .query(Long.class).single()).isZero();
    }

    private long patientCount() {
        return jdbc.sql("select count(*) from patient").query(Long.class).single();
    }

    private static Map<String, Object> consent() {
        return Map.of("type", "TREATMENT_BOTULINUM_TOXIN", "templateVersion", 1, "method", "IN_CLINIC",
                "signedAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).toString());
    }

    static String withoutCorrelationId(String problem) {
        return problem.replaceAll("\"correlationId\":\"[^\"]*\",?", "");
    }
}
