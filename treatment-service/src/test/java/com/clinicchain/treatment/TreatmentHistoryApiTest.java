package com.clinicchain.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

/** A patient's treatment history (GET /api/sessions/history) for the clinicians and the front desk of the chain. */
class TreatmentHistoryApiTest extends TreatmentServiceTest {

    @Test
    void theHistoryShowsTheUpcomingSessionAndTheChartedOneWithLotsAdverseEventsAndFollowUps() {
        LocalDate expiry = LocalDate.now().plusMonths(7);
        UUID vial = receiveVial("lot-hist ", UUID.randomUUID(), expiry);
        awaitVial(vial);
        UUID patient = consentedPatient();
        Map<String, Object> planned = booking(patient, 0);
        planned.remove("expectedUnits");
        planned.put("areas", List.of(Map.of("area", "GLABELLAR_LINES"), Map.of("area", "LATERAL_CANTHAL_LINES")));
        String done = bookWhenEligible(rita, planned).json().get("id").asString();
        // the next visit, booked before the first one is charted (else it is a re-treatment within 90 days), at the
        // chain's other clinic: nina works at clinic-north only, and still sees it
        Map<String, Object> next = booking(patient, 20);
        next.put("clinicId", "clinic-south");
        String upcoming = bookWhenEligible(rita, next).json().get("id").asString();
        Reply completed = api.post(nina, "/api/sessions/" + done + "/complete", Map.of("injections", List.of(
                Map.of("area", "GLABELLAR_LINES", "units", 18, "vialId", vial.toString()),
                Map.of("area", "LATERAL_CANTHAL_LINES", "units", 24, "vialId", vial.toString()))));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        Reply bruise = api.post(nina, "/api/sessions/" + done + "/adverse-events", Map.of("type", "BRUISING",
                "severity", "MILD", "onsetAt", OffsetDateTime.now(ZoneOffset.UTC).toString()));
        assertThat(bruise.status()).as(bruise.toString()).isEqualTo(201);

        Reply answer = api.get(nina, "/api/sessions/history?patientId=" + patient);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode history = answer.json();
        assertThat(history.get("patientId").asString()).isEqualTo(patient.toString());
        assertThat(history.get("upcoming").size()).isEqualTo(1);
        JsonNode soon = history.get("upcoming").get(0);
        assertThat(soon.get("id").asString()).isEqualTo(upcoming);
        assertThat(soon.get("status").asString()).isEqualTo("BOOKED");
        assertThat(soon.get("clinicId").asString()).isEqualTo("clinic-south");
        assertThat(soon.get("timeZone").asString()).isEqualTo("Europe/London");
        assertThat(soon.get("startsAt").asString()).isNotBlank();
        assertThat(soon.get("practitioner").asString()).isEqualTo(next.get("practitioner"));
        assertThat(soon.get("expectedUnits").asInt()).isEqualTo(20);
        assertThat(soon.get("stockStatus").asString()).isEqualTo("PENDING");
        assertThat(soon.get("injections").size()).isZero();

        JsonNode past = history.get("past");
        assertThat(past.get("totalItems").asLong()).isEqualTo(1);
        assertThat(past.get("items").size()).isEqualTo(1);
        JsonNode charted = past.get("items").get(0);
        assertThat(charted.get("id").asString()).isEqualTo(done);
        assertThat(charted.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(charted.get("clinicId").asString()).isEqualTo(NORTH);
        assertThat(charted.get("productId").asString()).isEqualTo(BOTOX.toString());
        assertThat(charted.get("completedBy").asString()).isEqualTo("nina.nurse");
        assertThat(charted.get("completedAt").asString()).isNotBlank();
        assertThat(lines(charted.get("areas"), "area", "plannedUnits"))
                .containsExactly("GLABELLAR_LINES:20", "LATERAL_CANTHAL_LINES:24");
        assertThat(lines(charted.get("injections"), "area", "units"))
                .containsExactly("GLABELLAR_LINES:18", "LATERAL_CANTHAL_LINES:24");
        charted.get("injections").forEach(injection -> {
            assertThat(injection.get("vialId").asString()).isEqualTo(vial.toString());
            assertThat(injection.get("lotNumber").asString()).isEqualTo("LOT-HIST");
            assertThat(injection.get("expiryDate").asString()).isEqualTo(expiry.toString());
        });
        assertThat(charted.get("adverseEvents").size()).isEqualTo(1);
        JsonNode event = charted.get("adverseEvents").get(0);
        assertThat(event.get("id").asString()).isEqualTo(bruise.json().get("id").asString());
        assertThat(event.get("type").asString()).isEqualTo("BRUISING");
        assertThat(event.get("severity").asString()).isEqualTo("MILD");
        assertThat(event.get("serious").asBoolean()).isFalse();
        assertThat(event.get("status").asString()).isEqualTo("OPEN");
        assertThat(event.get("onsetAt").asString()).isNotBlank();

        List<String> scheduled = jdbc.sql("select id || ':' || kind || ':' || due_on from follow_up where session_id = ? "
                + "order by due_on").param(UUID.fromString(done)).query(String.class).list();
        assertThat(scheduled).hasSize(2);
        assertThat(followUps(charted.get("followUps"))).containsExactlyElementsOf(scheduled);
        assertThat(followUps(history.get("openFollowUps"))).containsExactlyElementsOf(scheduled);
        charted.get("followUps").forEach(f -> assertThat(f.get("status").asString()).isEqualTo("OPEN"));

        // the front desk sees the treatment, lots included, but not the adverse events (clinical detail)
        JsonNode desk = api.get(rita, "/api/sessions/history?patientId=" + patient).json();
        JsonNode deskCharted = desk.get("past").get("items").get(0);
        assertThat(lines(deskCharted.get("injections"), "area", "units"))
                .containsExactly("GLABELLAR_LINES:18", "LATERAL_CANTHAL_LINES:24");
        assertThat(deskCharted.get("adverseEvents").isNull()).isTrue();
        assertThat(desk.get("upcoming").get(0).get("id").asString()).isEqualTo(upcoming);
        assertThat(api.get(mark, "/api/sessions/history?patientId=" + patient).json().get("past").get("items").get(0)
                .get("adverseEvents").size()).isEqualTo(1);

        // the past is paged; the open sessions and follow-ups stay whichever page is asked for
        JsonNode second = api.get(alice, "/api/sessions/history?patientId=" + patient + "&page=1&size=1").json();
        assertThat(second.get("past").get("items").size()).isZero();
        assertThat(second.get("past").get("totalItems").asLong()).isEqualTo(1);
        assertThat(second.get("upcoming").size()).isEqualTo(1);
        assertThat(second.get("openFollowUps").size()).isEqualTo(2);
    }

    @Test
    void partnersAreRefusedAndAnotherChainSeesAnEmptyHistory() {
        UUID patient = consentedPatient();
        String session = bookedSession(patient, 20);

        assertThat(api.get(partner(), "/api/sessions/history?patientId=" + patient).status()).isEqualTo(403);

        Reply stranger = api.get(oscar, "/api/sessions/history?patientId=" + patient);
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(200);
        assertThat(stranger.json().get("upcoming").size()).isZero();
        assertThat(stranger.json().get("past").get("totalItems").asLong()).isZero();
        assertThat(stranger.json().get("openFollowUps").size()).isZero();
        assertThat(stranger.body()).doesNotContain(session);
        Reply unknown = api.get(nina, "/api/sessions/history?patientId=" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json().get("upcoming").size()).isZero();
        assertThat(api.get(nina, "/api/sessions/history?patientId=" + patient).json().get("upcoming").get(0)
                .get("id").asString()).isEqualTo(session);
    }

    @Test
    void aMissingOrMalformedPatientIdIsA400NamingIt() {
        assertThat(field(api.get(nina, "/api/sessions/history"))).isEqualTo("patientId");
        assertThat(field(api.get(nina, "/api/sessions/history?patientId=not-a-uuid"))).isEqualTo("patientId");
        assertThat(field(api.get(nina, "/api/sessions/history?patientId=" + UUID.randomUUID() + "&size=101")))
                .isEqualTo("size");
    }

    private static String field(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.json().get("errors").get(0).get("field").asString();
    }

    private static List<String> lines(JsonNode array, String first, String second) {
        return array.valueStream().map(n -> n.get(first).asString() + ":" + n.get(second).asString()).toList();
    }

    private static List<String> followUps(JsonNode array) {
        return array.valueStream().map(f -> f.get("id").asString() + ":" + f.get("kind").asString() + ":"
                + f.get("dueOn").asString()).toList();
    }
}
