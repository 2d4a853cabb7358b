package com.clinicchain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.Tokens;

import tools.jackson.databind.JsonNode;

/**
 * The only patient endpoint a partner may call is the read of one patient; every other one refuses it, and that
 * read carries demographics, never screening facts, and only while the patient shares with partners.
 */
class PartnerPrivacyTest extends PatientServiceTest {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);

    @Test
    void aPartnersReadCarriesNoScreeningFacts() {
        String id = registerPatient("Greta", unique("Private"));
        String path = "/api/patients/" + id;
        assertThat(api.post(nina(), path + "/screenings", Map.of("conditions", List.of("PREGNANCY"),
                "medications", List.of("ASPIRIN"))).status()).isEqualTo(201);
        assertThat(api.post(rita(), path + "/consents", ConsentApiTest.consent("PARTNER_DATA_SHARING", 1,
                NOW.minusMinutes(1))).status()).isEqualTo(201);

        Reply read = api.get(partner(), path);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonNode patient = read.json();
        assertThat(patient.get("givenName").asString()).isEqualTo("Greta");
        assertThat(patient.has("screening")).isFalse();
        assertThat(patient.has("medications")).isFalse();
        assertThat(patient.has("conditions")).isFalse();
        assertThat(read.body()).doesNotContainIgnoringCase("pregnan").doesNotContainIgnoringCase("aspirin");
        assertProblem(api.get(partner(), path + "/screenings"), 403);
        assertProblem(api.get(partner(), path + "/screenings/current"), 403);
        assertProblem(api.get(partner(), path + "/export"), 403);
    }

    @Test
    void anExpiredSharingConsentHidesThePatientLikeAnUnknownOne() {
        String id = registerPatient("Greta", unique("Expired"));
        Map<String, Object> expired = new java.util.HashMap<>(ConsentApiTest.consent("PARTNER_DATA_SHARING", 1,
                NOW.minusDays(10)));
        expired.put("expiresAt", NOW.minusDays(1).toString());
        assertThat(api.post(rita(), "/api/patients/" + id + "/consents", expired).status()).isEqualTo(201);
        // Other consents do not stand in for it.
        assertThat(api.post(rita(), "/api/patients/" + id + "/consents", ConsentApiTest.consent("MARKETING", 1,
                NOW.minusMinutes(1))).status()).isEqualTo(201);

        JsonNode hidden = assertProblem(api.get(partner(), "/api/patients/" + id), 404);
        UUID unknown = UUID.randomUUID();
        JsonNode absent = assertProblem(api.get(partner(), "/api/patients/" + unknown), 404);
        assertThat(hidden.get("type")).isEqualTo(absent.get("type"));
        assertThat(hidden.get("title")).isEqualTo(absent.get("title"));
        assertThat(hidden.get("detail").asString().replace(id, "?"))
                .isEqualTo(absent.get("detail").asString().replace(unknown.toString(), "?"));
        assertThat(auditOf(id)).endsWith("READ DENIED");
    }

    @Test
    void partnersNeitherSearchNorListNorWriteAndOtherClientsDoNotReadPatients() {
        String id = registerPatient("Greta", unique("Search"));
        assertThat(api.post(rita(), "/api/patients/" + id + "/consents", ConsentApiTest.consent(
                "PARTNER_DATA_SHARING", 1, NOW.minusMinutes(1))).status()).isEqualTo(201);

        assertProblem(api.get(partner(), "/api/patients?q=Greta"), 403);
        assertProblem(api.get(partner(), "/api/patients"), 403);
        assertProblem(api.put(partner(), "/api/patients/" + id, patient("Greta", "X", "clinic-north")), 403);
        assertProblem(api.post(partner(), "/api/patients/" + id + "/consents", ConsentApiTest.consent(
                "MARKETING", 1, NOW.minusMinutes(1))), 403);
        String sensor = Tokens.clientCredentials("sensor-demo", "sensor-demo-secret");
        assertProblem(api.get(sensor, "/api/patients/" + id), 403);
        // A refused search names no patient; it shows none either.
        assertThat(auditOf(id)).endsWith("UPDATE DENIED", "CONSENT_GRANT DENIED", "READ DENIED")
                .doesNotContain("SEARCH_HIT ALLOWED");
    }
}
