package com.clinicchain.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.patient.PatientErased;
import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

class FollowUpApiTest extends TreatmentServiceTest {

    /** clinic.time-zone.default-zone: clinic-north has no zone of its own in these tests. */
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void completingSchedulesAReviewIn14DaysAndARepeatReminderIn3Months() {
        UUID vial = receiveVial("LOT-FU", UUID.randomUUID(), LocalDate.now().plusYears(1));
        awaitVial(vial);
        LocalDate before = LocalDate.now(LONDON);
        String id = completedSession(consentedPatient(), vial, 24);
        LocalDate after = LocalDate.now(LONDON);

        List<String> dues = jdbc.sql("select kind, due_on from follow_up where session_id = ? order by due_on")
                .param(UUID.fromString(id)).query((rs, row) -> rs.getString(1) + "@" + rs.getDate(2).toLocalDate())
                .list();
        assertThat(List.of(before, after)).as("the London day of the completion").anySatisfy(day -> assertThat(dues)
                .containsExactly("REVIEW@" + day.plusDays(14), "REPEAT_REMINDER@" + day.plusMonths(3)));
        assertThat(recordedEvents(id)).filteredOn(event -> event.contains("FollowUpScheduled")).hasSize(2)
                .anySatisfy(event -> assertThat(event).contains("\"kind\":\"REVIEW\""));
    }

    @Test
    void aFollowUpIsClosedWithANoteWhichTheErasureOfThePatientClears() {
        UUID vial = receiveVial("LOT-FU-NOTE", UUID.randomUUID(), LocalDate.now().plusYears(1));
        awaitVial(vial);
        UUID patient = consentedPatient();
        String session = completedSession(patient, vial, 24);
        List<UUID> followUps = jdbc.sql("select id from follow_up where session_id = ? order by due_on")
                .param(UUID.fromString(session)).query(UUID.class).list();
        String review = "/api/follow-ups/" + followUps.get(0);
        String reminder = "/api/follow-ups/" + followUps.get(1);

        Reply tooLong = api.post(nina, review + "/done", Map.of("note", "x".repeat(501)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
        assertThat(api.get(nina, review).json().get("status").asString()).as("nothing changed").isEqualTo("OPEN");

        Reply done = api.post(nina, review + "/done", Map.of("note", "  Called: all well, repeat booked for March "));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("note").asString()).isEqualTo("Called: all well, repeat booked for March");
        Reply skipped = api.post(rita, reminder + "/skip", Map.of("note", "   "));
        assertThat(skipped.json().get("status").asString()).isEqualTo("SKIPPED");
        assertThat(skipped.json().get("note").isNull()).as("blanks say nothing").isTrue();

        publish(Events.PATIENT_TOPIC, patient, new PatientErased(patient, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(nina, review).json().get("note").isNull());
        assertThat(api.get(nina, review).json().get("status").asString()).as("the work done stays").isEqualTo("DONE");
    }

    @Test
    void dueAndOverdueListsPerClinicAndEachFollowUpIsClosedOnce() {
        UUID vial = receiveVial("LOT-FU2", UUID.randomUUID(), LocalDate.now().plusYears(1));
        awaitVial(vial);
        String session = completedSession(consentedPatient(), vial, 24);
        LocalDate today = LocalDate.now(LONDON);
        // Follow-ups of a session completed weeks ago: one due three days ago, one ten days late.
        jdbc.sql("update follow_up set due_on = ? where session_id = ? and kind = 'REVIEW'")
                .params(today.minusDays(3), UUID.fromString(session)).update();
        jdbc.sql("update follow_up set due_on = ? where session_id = ? and kind = 'REPEAT_REMINDER'")
                .params(today.minusDays(10), UUID.fromString(session)).update();

        JsonNode due = api.get(rita, "/api/follow-ups?clinicId=clinic-north&status=DUE&size=100").json();
        assertThat(texts(due.get("items"), "sessionId")).contains(session);
        assertThat(texts(due.get("items"), "kind")).doesNotContain("REPEAT_REMINDER");
        JsonNode overdue = api.get(mark, "/api/follow-ups?clinicId=clinic-north&status=OVERDUE&size=100").json();
        JsonNode late = overdue.get("items").valueStream().filter(f -> f.get("sessionId").asString().equals(session))
                .findFirst().orElseThrow();
        assertThat(late.get("kind").asString()).isEqualTo("REPEAT_REMINDER");

        String reviewId = due.get("items").valueStream().filter(f -> f.get("sessionId").asString().equals(session))
                .findFirst().orElseThrow().get("id").asString();
        assertThat(api.post(oscar, "/api/follow-ups/" + reviewId + "/done", null).status()).isEqualTo(404);
        Reply done = api.post(nina, "/api/follow-ups/" + reviewId + "/done", null);
        assertThat(done.json().get("status").asString()).isEqualTo("DONE");
        assertThat(done.json().get("closedBy").asString()).isEqualTo("nina.nurse");
        assertThat(api.post(nina, "/api/follow-ups/" + reviewId + "/skip", null).status()).isEqualTo(409);
        assertThat(api.post(rita, "/api/follow-ups/" + late.get("id").asString() + "/skip", null).json()
                .get("status").asString()).isEqualTo("SKIPPED");

        assertThat(api.get(rita, "/api/follow-ups?status=DUE").json().get("errors").get(0).get("field").asString())
                .isEqualTo("clinicId");
        assertThat(api.get(rita, "/api/follow-ups?clinicId=clinic-north&status=LATE").json().get("errors").get(0)
                .get("field").asString()).isEqualTo("status");
        assertThat(api.get(nina, "/api/follow-ups?clinicId=clinic-south").status()).isEqualTo(403);

        // A follow-up at a clinic nina does not work at: she may not close it, reception of both clinics may.
        String south = completedSession(consentedPatient(), vial, 24);
        jdbc.sql("update follow_up set clinic_id = 'clinic-south' where session_id = ?").param(UUID.fromString(south))
                .update();
        String southReview = jdbc.sql("select id from follow_up where session_id = ? and kind = 'REVIEW'")
                .param(UUID.fromString(south)).query(String.class).single();
        assertThat(api.post(nina, "/api/follow-ups/" + southReview + "/done", null).status()).isEqualTo(403);
        assertThat(jdbc.sql("select status from follow_up where id = ?::uuid").param(southReview).query(String.class)
                .single()).isEqualTo("OPEN");
        assertThat(api.post(rita, "/api/follow-ups/" + southReview + "/done", null).status()).isEqualTo(200);
    }

    /** Issue 11, lists a screen needs: one follow-up, for the staff of its clinic. */
    @Test
    void oneFollowUpIsReadByTheStaffOfItsClinic() {
        UUID vial = receiveVial("LOT-FU3", UUID.randomUUID(), LocalDate.now().plusYears(1));
        awaitVial(vial);
        String session = completedSession(consentedPatient(), vial, 24);
        String review = jdbc.sql("select id from follow_up where session_id = ? and kind = 'REVIEW'")
                .param(UUID.fromString(session)).query(String.class).single();

        Reply one = api.get(rita, "/api/follow-ups/" + review);
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.json().get("sessionId").asString()).isEqualTo(session);
        assertThat(one.json().get("kind").asString()).isEqualTo("REVIEW");
        assertThat(one.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(api.get(nina, "/api/follow-ups/" + review).status()).isEqualTo(200);
        assertThat(api.get(oscar, "/api/follow-ups/" + review).status()).isEqualTo(404);
        assertThat(api.get(rita, "/api/follow-ups/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.get(rita, "/api/follow-ups/not-an-id").status()).isEqualTo(400);

        jdbc.sql("update follow_up set clinic_id = 'clinic-south' where id = ?::uuid").param(review).update();
        assertThat(api.get(nina, "/api/follow-ups/" + review).status()).isEqualTo(403);
        assertThat(api.get(alice, "/api/follow-ups/" + review).status()).isEqualTo(200);
    }
}
