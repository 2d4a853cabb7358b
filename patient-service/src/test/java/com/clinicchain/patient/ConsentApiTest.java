package com.clinicchain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.Events;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.TopicReader;

import tools.jackson.databind.JsonNode;

class ConsentApiTest extends PatientServiceTest {

    @Test
    void aWithdrawnConsentIsNoLongerValidButStaysInTheHistory() {
        String id = registerPatient("Tove", unique("Withdraw"));
        OffsetDateTime signed = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        Reply granted = api.post(nina(), "/api/patients/" + id + "/consents", consent("TREATMENT_BOTULINUM_TOXIN", 1, signed));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        String consentId = granted.json().get("id").asString();
        String withdraw = "/api/patients/" + id + "/consents/" + consentId + "/withdraw";
        assertThat(valid(id, "TREATMENT_BOTULINUM_TOXIN", null)).isTrue();

        assertProblem(api.post(rita(), withdraw, Map.of("reason", "changed her mind")), 403);
        assertProblem(api.post(oscar(), withdraw, Map.of("reason", "changed her mind")), 404);
        assertProblem(api.post(nina(), withdraw, Map.of("reason", " ")), 400, "reason");
        assertProblem(api.postJson(nina(), withdraw, "{\"reason\":\"x\",\"withdrawnBy\":\"rita\"}"), 400, "withdrawnBy");
        Reply withdrawn = api.post(nina(), withdraw, Map.of("reason", "changed her mind"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("withdrawnBy").asString()).isEqualTo("nina.nurse");
        assertThat(withdrawn.json().get("validNow").asBoolean()).isFalse();
        assertProblem(api.post(alice(), withdraw, Map.of("reason", "again")), 409);

        assertThat(valid(id, "TREATMENT_BOTULINUM_TOXIN", null)).isFalse();
        assertThat(valid(id, "TREATMENT_BOTULINUM_TOXIN", signed.plusMinutes(1))).isTrue();
        assertThat(valid(id, "TREATMENT_BOTULINUM_TOXIN", signed.minusMinutes(1))).isFalse();
        assertThat(valid(id, "PHOTOGRAPHY", null)).isFalse();
        assertThat(api.get(mark(), "/api/patients/" + id + "/consents").json().get("history")).hasSize(1);

        List<ConsumerRecord<String, String>> events = TopicReader.withKey(Events.PATIENT_TOPIC, id, 3);
        assertThat(events).extracting(ConsumerRecord::value).anySatisfy(value -> assertThat(value)
                .contains("\"type\":\"ConsentWithdrawn\"").contains(consentId).doesNotContain("changed her mind"));
        assertThat(auditOf(id)).contains("CONSENT_WITHDRAW ALLOWED", "CONSENT_WITHDRAW DENIED", "CONSENT_READ ALLOWED");
    }

    @Test
    void validityQueriesAreCheckedAndChainScoped() {
        String id = registerPatient("Tove", unique("Validity"));
        String path = "/api/patients/" + id + "/consents/valid";

        assertProblem(api.get(rita(), path), 400, "type");
        assertProblem(api.get(rita(), path + "?type=TATTOO"), 400, "type");
        assertProblem(api.get(rita(), path + "?type=MARKETING&at=tomorrow"), 400, "at");
        assertProblem(api.get(oscar(), path + "?type=MARKETING"), 404);
        assertProblem(api.get(partner(), path + "?type=MARKETING"), 403);
        assertThat(api.get(mark(), path + "?type=MARKETING").json().get("valid").asBoolean()).isFalse();
    }

    @Test
    void adminsPublishNewTemplateVersionsAndGrantsMustNameOne() {
        String id = registerPatient("Tove", unique("Template"));
        JsonNode seeded = api.get(rita(), "/api/consent-templates?type=PHOTOGRAPHY").json();
        assertThat(seeded.get(seeded.size() - 1).get("version").asInt()).isEqualTo(1);

        assertProblem(api.post(nina(), "/api/consent-templates", Map.of("type", "PHOTOGRAPHY", "body", "New words")), 403);
        assertProblem(api.post(alice(), "/api/consent-templates", Map.of("type", "SELFIES", "body", "x")), 400, "type");
        assertProblem(api.post(alice(), "/api/consent-templates", Map.of("type", "PHOTOGRAPHY", "body", "")), 400, "body");
        Reply published = api.post(alice(), "/api/consent-templates", Map.of("type", "PHOTOGRAPHY",
                "body", "Photos are kept for 10 years."));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        int version = published.json().get("version").asInt();
        assertThat(version).isGreaterThan(1);
        JsonNode all = api.get(nina(), "/api/consent-templates?type=PHOTOGRAPHY").json();
        assertThat(all.get(0).get("version").asInt()).isEqualTo(version);
        assertThat(all.get(all.size() - 1).get("body").asString()).contains("photographs");
        // Another chain has its own wording: ours is not theirs.
        assertThat(api.get(oscar(), "/api/consent-templates?type=PHOTOGRAPHY").json()).hasSize(1);

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);
        assertThat(api.post(nina(), "/api/patients/" + id + "/consents", consent("PHOTOGRAPHY", version, now)).status())
                .isEqualTo(201);
        assertProblem(api.post(nina(), "/api/patients/" + id + "/consents", consent("MARKETING", 999, now)), 400,
                "templateVersion");
        assertProblem(api.post(oscar(), "/api/patients/" + id + "/consents", consent("PHOTOGRAPHY", 1, now)), 404);
    }

    @Test
    void theOverviewGivesEachTypesStateWithTheGrantBehindItAndTheWholeHistory() {
        String id = registerPatient("Tove", unique("Overview"));
        String path = "/api/patients/" + id + "/consents";
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String firstTreatment = grant(id, consent("TREATMENT_BOTULINUM_TOXIN", 1, now.minusDays(30)));
        assertThat(api.post(nina(), path + "/" + firstTreatment + "/withdraw", Map.of("reason", "wanted to wait"))
                .status()).isEqualTo(200);
        String renewedTreatment = grant(id, consent("TREATMENT_BOTULINUM_TOXIN", 1, now.minusDays(2)));
        Map<String, Object> photos = new HashMap<>(consent("PHOTOGRAPHY", 1, now.minusDays(400)));
        photos.put("expiresAt", now.minusDays(35).toString());
        String expiredPhotos = grant(id, photos);
        String sharing = grant(id, consent("PARTNER_DATA_SHARING", 1, now.minusDays(10)));
        assertThat(api.post(alice(), path + "/" + sharing + "/withdraw", Map.of("reason", "no more online booking"))
                .status()).isEqualTo(200);

        for (String reader : List.of(rita(), mark(), nina(), alice())) {
            Reply overview = api.get(reader, path);
            assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
            JsonNode current = overview.json().get("current");
            assertThat(current.valueStream().map(c -> c.get("type").asString() + " " + c.get("status").asString()))
                    .containsExactly("TREATMENT_BOTULINUM_TOXIN VALID", "PHOTOGRAPHY EXPIRED",
                            "PARTNER_DATA_SHARING WITHDRAWN", "MARKETING NEVER_GIVEN");
            assertThat(current.get(0).get("grant").get("id").asString()).isEqualTo(renewedTreatment);
            assertThat(current.get(1).get("grant").get("id").asString()).isEqualTo(expiredPhotos);
            assertThat(current.get(2).get("grant").get("withdrawnBy").asString()).isEqualTo("alice.admin");
            assertThat(current.get(3).get("grant").isNull()).isTrue();
            assertThat(overview.json().get("history").valueStream().map(c -> c.get("id").asString()))
                    .containsExactly(renewedTreatment, sharing, firstTreatment, expiredPhotos);
        }

        assertProblem(api.get(oscar(), path), 404);
        assertProblem(api.get(partner(), path), 403);
        assertThat(auditOf(id).stream().filter(entry -> entry.startsWith("CONSENT_READ"))).containsExactly(
                "CONSENT_READ ALLOWED", "CONSENT_READ ALLOWED", "CONSENT_READ ALLOWED", "CONSENT_READ ALLOWED",
                "CONSENT_READ DENIED");
    }

    private String grant(String patientId, Map<String, Object> body) {
        Reply granted = api.post(nina(), "/api/patients/" + patientId + "/consents", body);
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        return granted.json().get("id").asString();
    }

    private boolean valid(String patientId, String type, OffsetDateTime at) {
        String query = "?type=" + type + (at == null ? "" : "&at=" + at.toInstant());
        Reply reply = api.get(rita(), "/api/patients/" + patientId + "/consents/valid" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("valid").asBoolean();
    }

    static Map<String, Object> consent(String type, int version, OffsetDateTime signedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("templateVersion", version);
        body.put("method", "IN_CLINIC");
        body.put("signedAt", signedAt.toString());
        return body;
    }
}
