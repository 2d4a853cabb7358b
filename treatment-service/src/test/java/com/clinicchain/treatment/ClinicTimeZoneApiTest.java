package com.clinicchain.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

/**
 * Days at clinics on opposite sides of the date line: Kiritimati (UTC+14) is always at least a calendar day ahead
 * of Pago Pago (UTC−11), so the same due date is due at one and not yet at the other, whatever the hour of the run.
 */
class ClinicTimeZoneApiTest extends TreatmentServiceTest {

    static final ZoneId EAST = ZoneId.of("Pacific/Kiritimati");
    static final ZoneId WEST = ZoneId.of("Pacific/Pago_Pago");

    @Test
    void dueAndOverdueFollowUpsAreCountedInEachClinicsOwnDays() {
        String east = clinicIn(EAST);
        String west = clinicIn(WEST);
        UUID vial = receiveVial("LOT-TZ", UUID.randomUUID(), LocalDate.now().plusYears(1));
        awaitVial(vial);
        UUID session = UUID.fromString(completedSession(consentedPatient(), vial, 24));
        // The session's two follow-ups, moved to the two clinics and due on the eastern clinic's today.
        LocalDate eastToday = LocalDate.now(EAST);
        jdbc.sql("update follow_up set clinic_id = case kind when 'REVIEW' then ? else ? end, due_on = ?"
                + " where session_id = ?").params(east, west, eastToday, session).update();

        assertThat(sessionIds(east, "DUE")).contains(session.toString());
        assertThat(sessionIds(west, "DUE")).as("still tomorrow in Pago Pago").doesNotContain(session.toString());
        assertThat(sessionIds(west, null)).contains(session.toString());

        jdbc.sql("update follow_up set due_on = ? where session_id = ?").params(eastToday.minusDays(8), session).update();
        assertThat(sessionIds(east, "OVERDUE")).contains(session.toString());
        assertThat(sessionIds(east, "DUE")).doesNotContain(session.toString());
        assertThat(sessionIds(west, "DUE")).as("a week late only from tomorrow in Pago Pago").contains(session.toString());
        assertThat(sessionIds(west, "OVERDUE")).doesNotContain(session.toString());
    }

    @Test
    void aClinicsScheduleOfOneDateIsThatDayInItsZone() {
        String east = clinicIn(EAST);
        LocalDate day = LocalDate.now(EAST).plusDays(3);
        String justAfterMidnight = book(east, ZonedDateTime.of(day, LocalTime.of(0, 30), EAST));
        String dayBefore = book(east, ZonedDateTime.of(day.minusDays(1), LocalTime.of(23, 30), EAST));
        String lastSlot = book(east, ZonedDateTime.of(day, LocalTime.of(23, 30), EAST));

        JsonNode schedule = api.get(alice, "/api/sessions?clinicId=" + east + "&date=" + day).json();
        assertThat(texts(schedule.get("items"), "id")).containsExactly(justAfterMidnight, lastSlot)
                .doesNotContain(dayBefore);
        assertThat(field(api.get(alice, "/api/sessions?clinicId=" + east + "&date=" + day + "&from="
                + day.atStartOfDay(EAST).toOffsetDateTime().toString().replace("+", "%2B")))).isEqualTo("date");
        assertThat(field(api.get(alice, "/api/sessions?clinicId=" + east + "&date=tomorrow"))).isEqualTo("date");
    }

    @Test
    void completionSchedulesFollowUpsFromTheDayAtTheTreatingClinic() {
        LocalDate before = LocalDate.now(EAST);
        setZone(NORTH, EAST);
        try {
            UUID vial = receiveVial("LOT-TZ2", UUID.randomUUID(), LocalDate.now().plusYears(1));
            awaitVial(vial);
            UUID session = UUID.fromString(completedSession(consentedPatient(), vial, 24));
            LocalDate after = LocalDate.now(EAST);
            LocalDate review = jdbc.sql("select due_on from follow_up where session_id = ? and kind = 'REVIEW'")
                    .param(session).query(LocalDate.class).single();
            assertThat(review).isIn(before.plusDays(14), after.plusDays(14));
            LocalDate reminder = jdbc.sql("select due_on from follow_up where session_id = ? and kind = 'REPEAT_REMINDER'")
                    .param(session).query(LocalDate.class).single();
            assertThat(reminder).isIn(before.plusMonths(3), after.plusMonths(3));
        } finally {
            setZone(NORTH, ZoneId.of("Europe/London"));
        }
    }

    private void setZone(String clinicId, ZoneId zone) {
        JsonNode current = api.get(alice, "/api/clinics/" + clinicId).json();
        Map<String, Object> change = json.convertValue(current, Map.class);
        change.remove("revision");
        change.put("timeZone", zone.getId());
        Reply set = api.put(alice, "/api/clinics/" + clinicId, change);
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    private String clinicIn(ZoneId zone) {
        String clinic = "tz-" + UUID.randomUUID();
        Map<String, Object> registration = RegistryApiTest.clinic(clinic);
        registration.put("timeZone", zone.getId());
        Reply registered = api.post(alice, "/api/clinics", registration);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return clinic;
    }

    private List<String> sessionIds(String clinic, String status) {
        Reply reply = api.get(alice, "/api/follow-ups?clinicId=" + clinic + "&size=100"
                + (status == null ? "" : "&status=" + status));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return texts(reply.json().get("items"), "sessionId");
    }

    private String book(String clinic, ZonedDateTime startsAt) {
        Map<String, Object> booking = booking(consentedPatient(), 20);
        booking.put("clinicId", clinic);
        // the test's practitioners work at the demo clinics, not at this one
        booking.remove("practitioner");
        booking.put("startsAt", startsAt.toOffsetDateTime().toString());
        return bookWhenEligible(alice, booking).json().get("id").asString();
    }

    private static String field(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        return reply.json().get("errors").get(0).get("field").asString();
    }
}
