package com.clinicchain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient.Reply;

class PartnerAccessTest extends PatientServiceTest {

    @Test
    void aPartnerSeesOnlyPatientsWhoAgreedToSharingAndOnlyWhileTheyDo() {
        String id = registerPatient("Siri", unique("Partner"));
        String path = "/api/patients/" + id;
        Reply hidden = api.get(partner(), path);
        assertProblem(hidden, 404);

        Reply granted = api.post(nina(), path + "/consents", ConsentApiTest.consent("PARTNER_DATA_SHARING", 1,
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        Reply shared = api.get(partner(), path);
        assertThat(shared.status()).as(shared.toString()).isEqualTo(200);
        assertThat(shared.json().get("givenName").asString()).isEqualTo("Siri");

        // Demographics only: no screening, consents, updates, search or audit for partners.
        assertProblem(api.get(partner(), path + "/screenings/current"), 403);
        assertProblem(api.get(partner(), path + "/consents"), 403);
        assertProblem(api.get(partner(), path + "/access-log"), 403);
        assertProblem(api.post(partner(), "/api/patients", patient("Siri", unique("Partner"), "clinic-north")), 403);

        api.post(nina(), path + "/consents/" + granted.json().get("id").asString() + "/withdraw",
                Map.of("reason", "no more online booking"));
        assertThat(PatientApiTest.withoutCorrelationId(api.get(partner(), path).body()))
                .isEqualTo(PatientApiTest.withoutCorrelationId(hidden.body()));
        assertThat(auditOf(id)).containsSubsequence("READ DENIED", "READ ALLOWED", "READ DENIED");
        assertThat(jdbc.sql("select distinct client_id from patient_access where patient_id = ?::uuid and partner")
                .param(id).query(String.class).list()).containsExactly("partner-demo");
    }
}
