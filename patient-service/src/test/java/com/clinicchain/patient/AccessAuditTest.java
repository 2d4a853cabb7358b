package com.clinicchain.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

class AccessAuditTest extends PatientServiceTest {

    @Test
    void everyReadAndRefusalLeavesAnEntryWithWhoWhatAndCorrelation() {
        String id = registerPatient("Ingrid", unique("Audit"));

        Reply read = send("GET", mark(), "/api/patients/" + id, null, "X-Correlation-Id", "audit-test-1");
        assertThat(read.status()).isEqualTo(200);
        assertProblem(api.get(rita(), "/api/patients/" + id + "/access-log"), 403);
        assertProblem(api.get(oscar(), "/api/patients/" + id), 404);

        assertThat(auditOf(id)).containsExactly("REGISTER ALLOWED", "READ ALLOWED", "ACCESS_LOG_READ DENIED");
        Map<String, Object> markRead = jdbc.sql("""
                select actor_username, actor_roles, client_id, partner, correlation_id, chain_id, actor_id
                from patient_access where patient_id = ?::uuid and action = 'READ' and outcome = 'ALLOWED'""").param(id).query().singleRow();
        assertThat(markRead).containsEntry("actor_username", "mark.manager").containsEntry("client_id", "clinic-cli")
                .containsEntry("partner", false).containsEntry("correlation_id", "audit-test-1")
                .containsEntry("chain_id", "demo-chain");
        assertThat((String) markRead.get("actor_roles")).contains("manager");
        assertThat(markRead.get("actor_id")).isNotNull();
        // The stranger's probe is recorded in the stranger's chain, where our admins cannot see it.
        assertThat(jdbc.sql("select chain_id from patient_access where patient_id = ?::uuid and outcome = 'NOT_FOUND'")
                .param(id).query(String.class).list()).containsExactly("other-chain");
    }

    @Test
    void adminsPageThroughTheAccessLogOfTheirChainOnly() {
        String family = unique("Logbook");
        String id = registerPatient("Ingrid", family);
        api.get(nina(), "/api/patients/" + id);
        api.get(mark(), "/api/patients/" + id);

        Reply first = api.get(alice(), "/api/patients/" + id + "/access-log?page=0&size=2");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode body = first.json();
        assertThat(body.get("totalItems").asLong()).isEqualTo(4); // register, two reads, this very look
        assertThat(body.get("items")).hasSize(2);
        assertThat(body.get("items").get(0).get("action").asString()).isEqualTo("REGISTER");
        assertThat(body.get("items").get(1).get("actorUsername").asString()).isEqualTo("nina.nurse");
        assertThat(first.body()).doesNotContain(family).doesNotContain("1985-05-17").doesNotContain("example.org");
        Reply second = api.get(alice(), "/api/patients/" + id + "/access-log?page=1&size=2");
        assertThat(second.json().get("items").get(1).get("action").asString()).isEqualTo("ACCESS_LOG_READ");

        assertProblem(api.get(oscar(), "/api/patients/" + id + "/access-log"), 404);
        assertProblem(api.get(mark(), "/api/patients/" + id + "/access-log"), 403);
        assertProblem(api.get(alice(), "/api/patients/" + id + "/access-log?size=101"), 400, "size");
        assertProblem(api.get(alice(), "/api/patients/" + UUID.randomUUID() + "/access-log"), 404);
    }

    @Test
    void aRoleRefusedBeforeItsBodyIsReadIsStillAuditedWithoutTellingWhetherThePatientExists() {
        String id = registerPatient("Ingrid", unique("Early"));
        String screenings = "/api/patients/" + id + "/screenings";
        // Malformed, unknown field, invalid code: reception may not record screenings at all, so none is a 400.
        Reply malformed = send("POST", rita(), screenings, null, "Content-Type", "application/json",
                "X-Correlation-Id", "early-denial-1");
        assertProblem(malformed, 403);
        assertProblem(api.postJson(rita(), screenings, "{\"conditions\":[\"HEADACHE\"],\"recordedBy\":\"x\"}"), 403);
        assertProblem(api.get(rita(), screenings + "?size=1000"), 403);
        assertProblem(api.get(mark(), "/api/patients/" + id + "/access-log?page=x"), 403);
        assertProblem(api.postJson(partner(), "/api/patients/" + id + "/consents", "{\"type\":\"TATTOO\"}"), 403);
        assertProblem(send("PUT", mark(), "/api/patients/" + id, Map.of("givenName", ""), "If-Match", "\"0\""),
                403);

        assertThat(auditOf(id)).containsExactly("REGISTER ALLOWED", "SCREENING_RECORD DENIED",
                "SCREENING_RECORD DENIED", "SCREENING_READ DENIED", "ACCESS_LOG_READ DENIED", "CONSENT_GRANT DENIED",
                "UPDATE DENIED");
        Map<String, Object> first = jdbc.sql("""
                select actor_username, actor_roles, client_id, partner, correlation_id, chain_id
                from patient_access where patient_id = ?::uuid and action = 'SCREENING_RECORD' order by id limit 1""")
                .param(id).query().singleRow();
        assertThat(first).containsEntry("actor_username", "rita.reception").containsEntry("client_id", "clinic-cli")
                .containsEntry("partner", false).containsEntry("correlation_id", "early-denial-1")
                .containsEntry("chain_id", "demo-chain");
        assertThat((String) first.get("actor_roles")).contains("receptionist");
        assertThat(jdbc.sql("""
                select partner from patient_access where patient_id = ?::uuid and action = 'CONSENT_GRANT'""")
                .param(id).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from screening where patient_id = ?::uuid").param(id).query(Long.class)
                .single()).isZero();

        // Another chain's patient and no patient at all get the very same answer, and nothing lands in the other chain.
        Reply other = api.post(oscar(), "/api/patients", patient("Ingrid", unique("Elsewhere"), "other-clinic"));
        assertThat(other.status()).as(other.toString()).isEqualTo(201);
        String theirs = other.json().get("id").asString();
        String nobody = UUID.randomUUID().toString();
        Reply ours = api.postJson(rita(), screenings, "{\"conditions\":[]}");
        // the same but for each answer's own correlationId
        String same = PatientApiTest.withoutCorrelationId(ours.body());
        assertThat(PatientApiTest.withoutCorrelationId(api.postJson(rita(), "/api/patients/" + theirs + "/screenings",
                "{\"conditions\":[]}").body()).replace(theirs, id)).isEqualTo(same);
        assertThat(PatientApiTest.withoutCorrelationId(api.postJson(rita(), "/api/patients/" + nobody + "/screenings",
                "{\"conditions\":[]}").body()).replace(nobody, id)).isEqualTo(same);
        assertThat(jdbc.sql("""
                select chain_id || ' ' || outcome from patient_access where patient_id = ?::uuid order by id""")
                .param(theirs).query(String.class).list()).containsExactly("other-chain ALLOWED", "demo-chain DENIED");
    }

    @Test
    void refusedRegistrationIsAuditedWithoutAPatient() {
        long before = jdbc.sql("select count(*) from patient_access where action = 'REGISTER' and outcome = 'DENIED'")
                .query(Long.class).single();
        assertProblem(api.post(mark(), "/api/patients", patient("Refused", unique("Manager"), "clinic-north")), 403);
        assertThat(jdbc.sql("select count(*) from patient_access where action = 'REGISTER' and outcome = 'DENIED'")
                .query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void theTrailCannotBeRewrittenEvenBySuperuser() {
        String id = registerPatient("Ingrid", unique("Immutable"));

        assertThatThrownBy(() -> jdbc.sql("update patient_access set outcome = 'DENIED' where patient_id = ?::uuid")
                .param(id).update()).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from patient_access where patient_id = ?::uuid").param(id).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate patient_access").update())
                .rootCause().hasMessageContaining("append-only");
        assertThat(auditOf(id)).containsExactly("REGISTER ALLOWED");
    }
}
