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

class AdverseEventApiTest extends TreatmentServiceTest {

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

    /**
     * Issue 11: one adverse event for the clinicians of its clinic, and its course: follow-up notes, then its closing
     * with an outcome, kept as history; a closed event is final.
     */
    @Test
    void anAdverseEventIsFollowedUpWithNotesAndClosedOnceWithAnOutcome() {
        UUID vial = receiveVial("LOT-AE2", UUID.randomUUID(), LocalDate.now().plusYears(1));
        awaitVial(vial);
        String done = completedSession(consentedPatient(), vial, 24);
        Reply reported = api.post(nina, "/api/sessions/" + done + "/adverse-events", Map.of("type", "EYELID_PTOSIS",
                "severity", "MODERATE", "onsetAt", OffsetDateTime.now(ZoneOffset.UTC).toString()));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        String id = reported.json().get("id").asString();
        String path = "/api/sessions/adverse-events/" + id;
        assertThat(reported.location()).endsWith(path);
        assertThat(reported.json().get("status").asString()).isEqualTo("OPEN");

        Reply one = api.get(nina, path);
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.json().get("sessionId").asString()).isEqualTo(done);
        assertThat(one.json().get("history").size()).isZero();
        assertThat(api.get(mark, path).status()).isEqualTo(200);
        assertThat(api.get(rita, path).status()).as("clinical detail is not for reception").isEqualTo(403);
        assertThat(api.get(oscar, path).status()).isEqualTo(404);
        assertThat(api.get(nina, "/api/sessions/adverse-events/" + UUID.randomUUID()).status()).isEqualTo(404);

        assertThat(field(api.post(nina, path + "/notes", Map.of("notes", " ")))).isEqualTo("notes");
        assertThat(field(api.post(nina, path + "/notes", Map.of("notes", "x".repeat(2001))))).isEqualTo("notes");
        assertThat(api.post(rita, path + "/notes", Map.of("notes", "called")).status()).isEqualTo(403);
        assertThat(api.post(oscar, path + "/notes", Map.of("notes", "called")).status()).isEqualTo(404);
        Reply noted = api.post(nina, path + "/notes", Map.of("notes", "day 7: lid lifting, reviewed in clinic"));
        assertThat(noted.status()).as(noted.toString()).isEqualTo(200);
        assertThat(noted.json().get("status").asString()).isEqualTo("OPEN");

        assertThat(field(api.post(mark, path + "/close", Map.of()))).isEqualTo("outcome");
        assertThat(field(api.post(mark, path + "/close", Map.of("outcome", "CURED")))).isEqualTo("outcome");
        assertThat(api.post(rita, path + "/close", Map.of("outcome", "RESOLVED")).status()).isEqualTo(403);
        assertThat(api.get(nina, path).json().get("status").asString()).isEqualTo("OPEN");
        Reply closed = api.post(mark, path + "/close", Map.of("outcome", "RESOLVED", "notes", "day 21: gone"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().get("outcome").asString()).isEqualTo("RESOLVED");
        assertThat(closed.json().get("closedBy").asString()).isEqualTo("mark.manager");

        Reply again = api.post(nina, path + "/close", Map.of("outcome", "REFERRED"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("/problems/adverse-event-closed");
        assertThat(api.post(nina, path + "/notes", Map.of("notes", "late note")).status()).isEqualTo(409);

        JsonNode history = api.get(nina, path).json().get("history");
        assertThat(texts(history, "kind")).containsExactly("NOTE", "CLOSED");
        assertThat(texts(history, "writtenBy")).containsExactly("nina.nurse", "mark.manager");
        assertThat(history.get(0).get("notes").asString()).isEqualTo("day 7: lid lifting, reviewed in clinic");
        assertThat(history.get(1).get("outcome").asString()).isEqualTo("RESOLVED");
        assertThat(api.get(nina, "/api/sessions/" + done + "/adverse-events").json().get(0).get("outcome").asString())
                .isEqualTo("RESOLVED");
    }

    private static String field(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        return reply.json().get("errors").get(0).get("field").asString();
    }
}
