package com.clinicchain.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

class TreatmentPlanApiTest extends TreatmentServiceTest {

    @Test
    void thePlanDefaultsToLabelDosesFlagsDeviationsAndNonToxinTargetsAndSumsTheUnits() {
        UUID patient = consentedPatient();
        Map<String, Object> booking = booking(patient, 0);
        booking.remove("expectedUnits");
        booking.put("areas", List.of(Map.of("area", "GLABELLAR_LINES"), Map.of("area", "LATERAL_CANTHAL_LINES",
                "plannedUnits", 40), Map.of("area", "STATIC_WRINKLES")));

        JsonNode session = bookWhenEligible(rita, booking).json();

        assertThat(session.get("expectedUnits").asInt()).isEqualTo(60);
        assertThat(texts(session.get("areas"), "area")).containsExactly("GLABELLAR_LINES", "LATERAL_CANTHAL_LINES",
                "STATIC_WRINKLES");
        assertThat(texts(session.get("areas"), "plannedUnits")).containsExactly("20", "40", "0");
        assertThat(texts(session.get("warnings"), "rule")).containsExactlyInAnyOrder("DOSE_DEVIATION",
                "NOT_A_TOXIN_INDICATION");
        assertThat(session.get("warnings").toString()).contains("dermal fillers suit volume loss");
        String id = session.get("id").asString();
        assertThat(api.get(mark, "/api/sessions/" + id).json().get("warnings").size()).isEqualTo(2);
        assertThat(recordedEvents(id)).singleElement().satisfies(event ->
                assertThat(event).contains("SessionScheduled").contains("\"expectedUnits\":60"));
    }

    /** Issue 12: the front desk's day shows what each session is for, from the list itself (one call a day). */
    @Test
    void theClinicsScheduleListsEachSessionsPlannedAreas() {
        Map<String, Object> planned = booking(consentedPatient(), 0);
        planned.remove("expectedUnits");
        planned.put("areas", List.of(Map.of("area", "GLABELLAR_LINES"), Map.of("area", "FOREHEAD_LINES")));
        String withPlan = bookWhenEligible(rita, planned).json().get("id").asString();
        Map<String, Object> unitsOnly = booking(consentedPatient(), 20);
        unitsOnly.put("startsAt", java.time.OffsetDateTime.parse((String) planned.get("startsAt")).plusMinutes(1)
                .toString());
        String withoutPlan = bookWhenEligible(rita, unitsOnly).json().get("id").asString();
        java.time.OffsetDateTime from = java.time.OffsetDateTime.parse((String) planned.get("startsAt"));

        JsonNode items = api.get(rita, "/api/sessions?clinicId=clinic-north&from=" + from.toInstant() + "&to="
                + from.plusMinutes(2).toInstant()).json().get("items");

        assertThat(texts(items, "id")).containsExactly(withPlan, withoutPlan);
        assertThat(texts(items.get(0).get("areas"), "area")).containsExactlyInAnyOrder("GLABELLAR_LINES",
                "FOREHEAD_LINES");
        assertThat(texts(items.get(0).get("areas"), "plannedUnits")).containsExactly("20", "20");
        assertThat(items.get(0).get("areas").toString())
                .isEqualTo(api.get(rita, "/api/sessions/" + withPlan).json().get("areas").toString());
        assertThat(items.get(1).get("areas").toString())
                .isEqualTo(api.get(rita, "/api/sessions/" + withoutPlan).json().get("areas").toString());
    }

    /** Issue 11, defect 9: forehead lines are 20 U with glabellar lines' 20 U; planned alone they are flagged. */
    @Test
    void foreheadLinesDefaultTo20UnitsBesideGlabellarLinesAndAreFlaggedAlone() {
        UUID patient = consentedPatient();
        Map<String, Object> together = booking(patient, 0);
        together.remove("expectedUnits");
        together.put("areas", List.of(Map.of("area", "FOREHEAD_LINES"), Map.of("area", "GLABELLAR_LINES")));
        JsonNode both = bookWhenEligible(rita, together).json();
        assertThat(both.get("expectedUnits").asInt()).isEqualTo(40);
        assertThat(texts(both.get("areas"), "plannedUnits")).containsExactly("20", "20");
        assertThat(both.get("warnings").size()).as(both.toString()).isZero();

        Map<String, Object> alone = booking(patient, 0);
        alone.remove("expectedUnits");
        alone.put("areas", List.of(Map.of("area", "FOREHEAD_LINES", "plannedUnits", 20)));
        Reply flagged = api.post(rita, "/api/sessions", alone);
        assertThat(flagged.status()).as(flagged.toString()).isEqualTo(201);
        assertThat(texts(flagged.json().get("warnings"), "rule")).containsExactly("FOREHEAD_WITHOUT_GLABELLAR");
        assertThat(flagged.json().get("warnings").toString()).contains("brow ptosis");
    }

    @Test
    void aBadPlanIsRefusedNamingTheFieldAndNothingIsStored() {
        UUID patient = UUID.randomUUID();
        Map<String, Object> mismatch = booking(patient, 30);
        mismatch.put("areas", List.of(Map.of("area", "GLABELLAR_LINES")));
        assertThat(field(api.post(rita, "/api/sessions", mismatch))).isEqualTo("expectedUnits");

        Map<String, Object> twice = booking(patient, 40);
        twice.remove("expectedUnits");
        twice.put("areas", List.of(Map.of("area", "GLABELLAR_LINES"), Map.of("area", "GLABELLAR_LINES")));
        assertThat(field(api.post(rita, "/api/sessions", twice))).isEqualTo("areas[1].area");

        twice.put("areas", List.of(Map.of("area", "CHIN")));
        assertThat(field(api.post(rita, "/api/sessions", twice))).isEqualTo("areas[0].area");
        twice.put("areas", List.of(Map.of("area", "OTHER")));
        assertThat(field(api.post(rita, "/api/sessions", twice))).isEqualTo("areas[0].plannedUnits");
        twice.remove("areas");
        assertThat(field(api.post(rita, "/api/sessions", twice))).isEqualTo("areas");

        Map<String, Object> backdated = booking(patient, 20);
        backdated.put("startsAt", "2020-01-01T09:00:00Z");
        assertThat(field(api.post(rita, "/api/sessions", backdated))).isEqualTo("startsAt");
        assertThat(count("select count(*) from injection_session where patient_id = ?", patient)).isZero();
    }

    private static String field(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        return reply.json().get("errors").get(0).get("field").asString();
    }
}
