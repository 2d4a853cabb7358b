package com.clinicchain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

class ReceptionConsentTest extends PatientServiceTest {

    private static final OffsetDateTime SIGNED = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);

    @Test
    void theFrontDeskGrantsAndWithdrawsPartnerSharing() {
        String id = registerPatient("Ylva", unique("Desk"));
        String consents = "/api/patients/" + id + "/consents";

        Reply granted = api.post(rita(), consents, ConsentApiTest.consent("PARTNER_DATA_SHARING", 1, SIGNED));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        assertThat(granted.json().get("witnessedBy").asString()).isEqualTo("rita.reception");
        Reply marketing = api.post(rita(), consents, ConsentApiTest.consent("MARKETING", 1, SIGNED));
        assertThat(marketing.status()).as(marketing.toString()).isEqualTo(201);

        Reply withdrawn = api.post(rita(), consents + "/" + granted.json().get("id").asString() + "/withdraw",
                Map.of("reason", "asked at the desk"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("validNow").asBoolean()).isFalse();
        assertThat(auditOf(id)).containsSubsequence("CONSENT_GRANT ALLOWED", "CONSENT_GRANT ALLOWED",
                "CONSENT_WITHDRAW ALLOWED");
    }

    @Test
    void theFrontDeskMayNotRecordTreatmentOrPhotographyConsents() {
        String id = registerPatient("Ylva", unique("Desk"));
        String consents = "/api/patients/" + id + "/consents";

        JsonNode refused = assertProblem(api.post(rita(), consents,
                ConsentApiTest.consent("TREATMENT_BOTULINUM_TOXIN", 1, SIGNED)), 403);
        assertThat(refused.get("detail").asString()).contains("receptionist", "TREATMENT_BOTULINUM_TOXIN");
        assertProblem(api.post(rita(), consents, ConsentApiTest.consent("PHOTOGRAPHY", 1, SIGNED)), 403);
        assertThat(jdbc.sql("select count(*) from consent where patient_id = ?::uuid").param(id)
                .query(Long.class).single()).isZero();
        assertThat(auditOf(id)).containsSubsequence("CONSENT_GRANT DENIED", "CONSENT_GRANT DENIED")
                .doesNotContain("CONSENT_GRANT ALLOWED");

        Reply treatment = api.post(nina(), consents, ConsentApiTest.consent("TREATMENT_BOTULINUM_TOXIN", 1, SIGNED));
        assertThat(treatment.status()).as(treatment.toString()).isEqualTo(201);
        String withdraw = consents + "/" + treatment.json().get("id").asString() + "/withdraw";
        assertProblem(api.post(rita(), withdraw, Map.of("reason", "asked at the desk")), 403);
        assertThat(api.get(nina(), consents + "/valid?type=TREATMENT_BOTULINUM_TOXIN").json().get("valid")
                .asBoolean()).isTrue();
        assertThat(auditOf(id)).endsWith("CONSENT_GRANT ALLOWED", "CONSENT_WITHDRAW DENIED", "CONSENT_READ ALLOWED");
    }

    @Test
    void aPractitionerStillRecordsEveryType() {
        String id = registerPatient("Ylva", unique("Desk"));
        for (String type : new String[] {"TREATMENT_BOTULINUM_TOXIN", "PHOTOGRAPHY", "PARTNER_DATA_SHARING",
                "MARKETING"}) {
            Reply granted = api.post(nina(), "/api/patients/" + id + "/consents", ConsentApiTest.consent(type, 1, SIGNED));
            assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
            Reply withdrawn = api.post(nina(), "/api/patients/" + id + "/consents/"
                    + granted.json().get("id").asString() + "/withdraw", Map.of("reason", "test of every type"));
            assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        }
    }

    @Test
    void aManagerStillRecordsNone() {
        String id = registerPatient("Ylva", unique("Desk"));
        assertProblem(api.post(mark(), "/api/patients/" + id + "/consents",
                ConsentApiTest.consent("MARKETING", 1, SIGNED)), 403);
    }
}
