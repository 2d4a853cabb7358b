package com.clinicchain.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

class AdverseEventApiTest extends TreatmentApiTest {

    @Test
    void ptosisAfterACompletedSessionIsSeriousCarriesTheLotsAndAlertsManagers() {
        UUID vial = receiveVial("LOT-AE", UUID.randomUUID(), LocalDate.now().plusYears(1));
        awaitVial(vial);
        String open = bookedSession(consentedPatient(), 20);
        String done = completedSession(consentedPatient(), vial, 24);
        // Booked two hours ahead and charted at once: the injections were given just now.
        String onset = OffsetDateTime.now(ZoneOffset.UTC).toString();
        Map<String, Object> ptosis = Map.of("type", "EYELID_PTOSIS", "severity", "MODERATE", "onsetAt", onset,
                "notes", "left upper lid, day 4");

        assertThat(api.post(nina, "/api/sessions/" + open + "/adverse-events", ptosis).status()).isEqualTo(409);
        assertThat(api.post(rita, "/api/sessions/" + done + "/adverse-events", ptosis).status()).isEqualTo(403);
        assertThat(api.post(oscar, "/api/sessions/" + done + "/adverse-events", ptosis).status()).isEqualTo(404);
        assertThat(field(api.post(nina, "/api/sessions/" + done + "/adverse-events", Map.of("type", "ITCH",
                "severity", "MILD", "onsetAt", onset)))).isEqualTo("type");
        assertThat(field(api.post(nina, "/api/sessions/" + done + "/adverse-events", Map.of("type", "BRUISING",
                "severity", "MILD", "onsetAt", onset, "notes", "x".repeat(2001))))).isEqualTo("notes");
        assertThat(field(api.post(nina, "/api/sessions/" + done + "/adverse-events", Map.of("type", "BRUISING",
                "severity", "MILD", "onsetAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString()))))
                .isEqualTo("onsetAt");
        assertThat(field(api.post(nina, "/api/sessions/" + done + "/adverse-events", Map.of("type", "BRUISING",
                "severity", "MILD", "onsetAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString()))))
                .as("before the session started").isEqualTo("onsetAt");
        assertThat(count("select count(*) from adverse_event where session_id = ?", UUID.fromString(done))).isZero();

        Reply reported = api.post(nina, "/api/sessions/" + done + "/adverse-events", ptosis);
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        assertThat(reported.json().get("serious").asBoolean()).isTrue();
        assertThat(reported.json().get("lotNumbers").get(0).asString()).isEqualTo("LOT-AE");
        Reply bruise = api.post(mark, "/api/sessions/" + done + "/adverse-events", Map.of("type", "BRUISING",
                "severity", "MILD", "onsetAt", onset));
        assertThat(bruise.json().get("serious").asBoolean()).isFalse();
        assertThat(recordedEvents(done)).filteredOn(e -> e.contains("AdverseEventReported")).hasSize(2)
                .anySatisfy(e -> assertThat(e).contains("\"serious\":true").contains("EYELID_PTOSIS"));

        JsonNode alerts = api.get(mark, "/api/sessions/adverse-events?serious=true&size=100").json();
        assertThat(texts(alerts.get("items"), "id")).contains(reported.json().get("id").asString())
                .doesNotContain(bruise.json().get("id").asString());
        assertThat(api.get(alice, "/api/sessions/adverse-events?serious=true").json().get("totalItems").asLong())
                .isPositive();
        assertThat(api.get(nina, "/api/sessions/adverse-events?serious=true").status()).isEqualTo(403);
        assertThat(api.get(oscar, "/api/sessions/adverse-events?serious=true").json().get("totalItems").asLong())
                .isZero();
        assertThat(api.get(nina, "/api/sessions/" + done + "/adverse-events").json().size()).isEqualTo(2);
        assertThat(api.get(oscar, "/api/sessions/" + done + "/adverse-events").status()).isEqualTo(404);
        assertThat(api.get(rita, "/api/sessions/" + done + "/adverse-events").status())
                .as("clinical detail is not for reception").isEqualTo(403);
    }

    private static String field(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        return reply.json().get("errors").get(0).get("field").asString();
    }
}
