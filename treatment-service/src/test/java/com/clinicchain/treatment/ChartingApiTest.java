package com.clinicchain.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

class ChartingApiTest extends TreatmentServiceTest {

    @Test
    void chartedUnitsBeyondTheMarginAndAreasOutsideThePlanAreFlaggedOnTheCompletedSession() {
        UUID vial = receiveVial("LOT-CHART", UUID.randomUUID(), LocalDate.now().plusYears(1));
        awaitVial(vial);
        String id = plannedSession(consentedPatient());

        Reply completed = api.post(nina, "/api/sessions/" + id + "/complete", Map.of("injections", List.of(
                injection("GLABELLAR_LINES", 16, vial), injection("GLABELLAR_LINES", 14, vial),
                injection("FOREHEAD_LINES", 10, vial))));

        assertThat(completed.status()).as("flagged, not refused: " + completed).isEqualTo(200);
        JsonNode session = api.get(mark, "/api/sessions/" + id).json();
        assertThat(session.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(session.get("injections").size()).isEqualTo(3);
        assertThat(texts(session.get("warnings"), "message")).contains(
                "GLABELLAR_LINES charted 30 U, planned 20 U (margin 25 %)",
                "LATERAL_CANTHAL_LINES charted 0 U, planned 24 U (margin 25 %)",
                "FOREHEAD_LINES charted 10 U but not in the plan");
        assertThat(texts(completed.json().get("warnings"), "rule")).containsExactlyInAnyOrder(
                "CHARTED_AREA_NOT_PLANNED", "CHARTED_DOSE_DEVIATION", "CHARTED_DOSE_DEVIATION");
        assertThat(recordedEvents(id)).anySatisfy(event ->
                assertThat(event).contains("SessionCompleted").contains("\"units\":40"));
    }

    @Test
    void aChartWithinTheMarginOfThePlanIsNotFlagged() {
        UUID vial = receiveVial("LOT-CHART2", UUID.randomUUID(), LocalDate.now().plusYears(1));
        awaitVial(vial);
        String id = plannedSession(consentedPatient());

        Reply completed = api.post(nina, "/api/sessions/" + id + "/complete", Map.of("injections", List.of(
                injection("GLABELLAR_LINES", 22, vial), injection("LATERAL_CANTHAL_LINES", 20, vial))));

        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.json().get("warnings").size()).isZero();
    }

    @Test
    void aSessionBookedByUnitsAloneIsComparedByItsTotal() {
        UUID vial = receiveVial("LOT-CHART3", UUID.randomUUID(), LocalDate.now().plusYears(1));
        awaitVial(vial);
        String id = bookedSession(consentedPatient(), 24);

        Reply completed = api.post(nina, "/api/sessions/" + id + "/complete", injections(vial, 40));

        assertThat(texts(completed.json().get("warnings"), "message"))
                .containsExactly("charted 40 U in total, 24 U expected (margin 25 %)");
    }

    @Test
    void eachInjectionKeepsIntoHowManyPointsItsUnitsWent() {
        UUID vial = receiveVial("LOT-CHART4", UUID.randomUUID(), LocalDate.now().plusYears(1));
        awaitVial(vial);
        String id = plannedSession(consentedPatient());
        Map<String, Object> noPoints = Map.of("area", "GLABELLAR_LINES", "units", 20, "vialId", vial.toString(),
                "points", 0);

        // a role that may not complete a session is told so before anything about the chart
        assertThat(api.post(rita, "/api/sessions/" + id + "/complete", Map.of("injections", List.of())).status())
                .isEqualTo(403);
        assertThat(api.postJson(rita, "/api/sessions/" + id + "/complete", "{\"injections\":").status())
                .isEqualTo(403);
        assertThat(api.post(rita, "/api/sessions/" + id + "/complete", Map.of("injections", List.of(noPoints)))
                .status()).isEqualTo(403);
        Reply refused = api.post(nina, "/api/sessions/" + id + "/complete", Map.of("injections", List.of(noPoints)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("injections[0].points");
        Reply tooMany = api.postJson(nina, "/api/sessions/" + id + "/complete", "{\"injections\":[{\"area\":"
                + "\"GLABELLAR_LINES\",\"units\":20,\"vialId\":\"" + vial + "\",\"points\":2147483648}]}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("errors").get(0).get("field").asString()).isEqualTo("injections[0].points");
        Reply notWhole = api.postJson(nina, "/api/sessions/" + id + "/complete", "{\"injections\":[{\"area\":"
                + "\"GLABELLAR_LINES\",\"units\":1.5,\"vialId\":\"" + vial + "\"}]}");
        assertThat(notWhole.json().get("errors").get(0).get("field").asString()).isEqualTo("injections[0].units");
        assertThat(api.get(mark, "/api/sessions/" + id).json().get("status").asString()).isEqualTo("BOOKED");

        Reply completed = api.post(nina, "/api/sessions/" + id + "/complete", Map.of("injections", List.of(
                Map.of("area", "GLABELLAR_LINES", "units", 20, "vialId", vial.toString(), "points", 5),
                injection("LATERAL_CANTHAL_LINES", 24, vial))));

        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        JsonNode injections = api.get(mark, "/api/sessions/" + id).json().get("injections");
        assertThat(injections.valueStream().map(i -> i.get("area").asString() + ":"
                + (i.get("points").isNull() ? "none" : i.get("points").asInt())))
                .as("points where charted, none where not").containsExactlyInAnyOrder("GLABELLAR_LINES:5",
                        "LATERAL_CANTHAL_LINES:none");
    }

    /** Glabellar lines 20 U and crow's feet 24 U, the label doses. */
    private String plannedSession(UUID patient) {
        Map<String, Object> booking = booking(patient, 0);
        booking.remove("expectedUnits");
        booking.put("areas", List.of(Map.of("area", "GLABELLAR_LINES"), Map.of("area", "LATERAL_CANTHAL_LINES")));
        return bookWhenEligible(rita, booking).json().get("id").asString();
    }

    private static Map<String, Object> injection(String area, int units, UUID vial) {
        return Map.of("area", area, "units", units, "vialId", vial.toString());
    }
}
