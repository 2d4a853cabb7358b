package com.clinicchain.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.ReservationRejected;
import com.clinicchain.contracts.inventory.StockReserved;
import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

class SessionLifecycleApiTest extends TreatmentServiceTest {

    @Test
    void aSessionGoesFromBookedThroughCheckInAndStartToCompleted() {
        UUID patient = consentedPatient();
        UUID vial = receiveVial("LOT-LIFE", UUID.randomUUID(), LocalDate.now().plusYears(1));
        String id = bookedSession(patient, 24);
        String path = "/api/sessions/" + id;

        assertThat(api.post(nina, path + "/start", Map.of()).status()).as("not checked in yet").isEqualTo(409);
        Reply checkedIn = api.post(rita, path + "/check-in", Map.of());
        assertThat(checkedIn.json().get("status").asString()).isEqualTo("CHECKED_IN");
        assertThat(api.post(rita, path + "/start", Map.of()).status()).as("a receptionist does not treat").isEqualTo(403);
        assertThat(api.post(nina, path + "/start", Map.of()).json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(api.post(rita, path + "/no-show", Map.of()).status()).isEqualTo(409);

        awaitVial(vial);
        Reply completed = api.post(nina, path + "/complete", injections(vial, 24));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(api.post(rita, path + "/cancel", Map.of("reason", "too late")).status()).isEqualTo(409);
        assertThat(api.post(rita, path + "/check-in", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void cancellingAndNoShowReleaseTheStockWithAReason() {
        UUID patient = consentedPatient();
        String cancelled = bookedSession(patient, 20);
        Reply noReason = api.post(rita, "/api/sessions/" + cancelled + "/cancel", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(api.get(rita, "/api/sessions/" + cancelled).json().get("status").asString()).isEqualTo("BOOKED");
        assertThat(api.post(oscar, "/api/sessions/" + cancelled + "/cancel", Map.of("reason", "x")).status())
                .isEqualTo(404);

        Reply done = api.post(rita, "/api/sessions/" + cancelled + "/cancel", Map.of("reason", "patient has a cold"));
        assertThat(done.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(done.json().get("cancelReason").asString()).isEqualTo("patient has a cold");
        assertThat(recordedEvents(cancelled)).anySatisfy(value -> assertThat(value).contains("\"type\":\"SessionCancelled\"")
                        .contains("\"reason\":\"patient has a cold\""));

        String missed = bookedSession(patient, 20);
        assertThat(api.post(nina, "/api/sessions/" + missed + "/no-show", Map.of()).json().get("status").asString())
                .isEqualTo("NO_SHOW");
        assertThat(recordedEvents(missed)).anySatisfy(value -> assertThat(value).contains("\"type\":\"SessionCancelled\"")
                        .contains("\"reason\":\"NO_SHOW\""));
    }

    @Test
    void aPartnerBooksAndCancelsAtAnyClinicOfItsChainButRunsNoClinicalStep() {
        String partner = partner();
        Map<String, Object> booking = booking(sharingPatient(), 20);
        booking.put("clinicId", "clinic-south");
        String id = bookWhenEligible(partner, booking).json().get("id").asString();
        assertThat(api.post(partner, "/api/sessions/" + id + "/check-in", Map.of()).status()).isEqualTo(403);
        Reply cancelled = api.post(partner, "/api/sessions/" + id + "/cancel", Map.of("reason", "rebooked online"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(api.post(nina, "/api/sessions/" + id + "/no-show", Map.of()).status())
                .as("nina does not work at clinic-south").isEqualTo(403);
    }

    @Test
    void aPractitionerIsNeverBookedTwiceAtOnce() {
        UUID patient = consentedPatient();
        String practitioner = registeredPractitioner();
        OffsetDateTime nine = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withHour(9).withMinute(0).withSecond(0).withNano(0);
        Map<String, Object> first = booking(patient, 20);
        first.put("practitioner", practitioner);
        first.put("startsAt", nine.toString());
        first.put("durationMinutes", 30);
        String firstId = bookWhenEligible(rita, first).json().get("id").asString();

        // another patient: the practitioner's clash is what this asserts, not the patient's
        Map<String, Object> overlapping = booking(awaitConsent(consentedPatient()), 20);
        overlapping.put("practitioner", practitioner);
        overlapping.put("startsAt", nine.plusMinutes(15).toString());
        Reply clash = api.post(rita, "/api/sessions", overlapping);
        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(clash.json().get("type").asString()).isEqualTo("/problems/practitioner-double-booked");

        Map<String, Object> rightAfter = booking(patient, 20);
        rightAfter.put("practitioner", practitioner);
        rightAfter.put("startsAt", nine.plusMinutes(30).toString());
        assertThat(api.post(rita, "/api/sessions", rightAfter).status()).isEqualTo(201);

        overlapping.put("startsAt", nine.toString());
        assertThat(api.post(rita, "/api/sessions", overlapping).status()).isEqualTo(409);
        api.post(rita, "/api/sessions/" + firstId + "/cancel", Map.of("reason", "moved"));
        assertThat(api.post(rita, "/api/sessions", overlapping).status()).as("a cancelled slot is free again")
                .isEqualTo(201);
    }

    /** Issue 11, defect 8: at any clinic of the chain, with any practitioner. */
    @Test
    void aPatientIsNeverBookedTwiceAtOnce() {
        UUID patient = consentedPatient();
        OffsetDateTime ten = OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).withHour(10).withMinute(0).withSecond(0).withNano(0);
        Map<String, Object> first = booking(patient, 20);
        first.put("startsAt", ten.toString());
        first.put("durationMinutes", 45);
        String firstId = bookWhenEligible(rita, first).json().get("id").asString();

        Map<String, Object> elsewhere = booking(patient, 20);
        elsewhere.put("clinicId", "clinic-south");
        elsewhere.put("startsAt", ten.plusMinutes(30).toString());
        Reply clash = api.post(alice, "/api/sessions", elsewhere);
        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(clash.json().get("type").asString()).isEqualTo("/problems/patient-double-booked");
        Map<String, Object> before = booking(patient, 20);
        before.put("startsAt", ten.minusMinutes(15).toString());
        assertThat(api.post(rita, "/api/sessions", before).status()).as("09:45–10:15 overlaps 10:00–10:45")
                .isEqualTo(409);

        elsewhere.put("startsAt", ten.plusMinutes(45).toString());
        assertThat(api.post(alice, "/api/sessions", elsewhere).status()).as("right after is free").isEqualTo(201);
        api.post(rita, "/api/sessions/" + firstId + "/cancel", Map.of("reason", "moved"));
        assertThat(api.post(rita, "/api/sessions", before).status()).as("a cancelled session holds no slot")
                .isEqualTo(201);
    }

    @Test
    void aClinicScheduleIsPagedByStartTimeAndShowsStockShortages() {
        UUID patient = consentedPatient();
        OffsetDateTime day = OffsetDateTime.now(ZoneOffset.UTC).plusDays(40).withHour(8).withMinute(0).withSecond(0).withNano(0);
        String[] ids = new String[3];
        for (int i = 0; i < 3; i++) {
            Map<String, Object> booking = booking(patient, 20);
            booking.put("startsAt", day.plusHours(2 - i).toString());
            ids[i] = bookWhenEligible(rita, booking).json().get("id").asString();
        }
        publish(Events.INVENTORY_TOPIC, UUID.fromString(ids[0]), new ReservationRejected(UUID.fromString(ids[0]),
                NORTH, BOTOX, 20, "not enough stock"));
        String window = "/api/sessions?clinicId=clinic-north&from=" + day.toInstant() + "&to=" + day.plusHours(3).toInstant();

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                api.get(mark, window + "&size=3").json().get("items").get(2).get("stockStatus").asString().equals("SHORT"));
        JsonNode page = api.get(mark, window + "&size=2").json();
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(texts(page.get("items"), "id")).containsExactly(ids[2], ids[1]);
        JsonNode second = api.get(rita, window + "&size=2&page=1").json();
        assertThat(texts(second.get("items"), "id")).containsExactly(ids[0]);
        assertThat(texts(second.get("items"), "stockStatus")).containsExactly("SHORT");

        // stock arrived and inventory served the waiting session
        publish(Events.INVENTORY_TOPIC, UUID.fromString(ids[0]), new StockReserved(UUID.fromString(ids[0]), NORTH,
                BOTOX, 20));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                api.get(mark, window + "&size=3").json().get("items").get(2).get("stockStatus").asString().equals("RESERVED"));

        assertThat(api.get(oscar, window).json().get("totalItems").asLong()).as("another chain sees nothing").isZero();
        assertThat(api.get(nina, window.replace("clinic-north", "clinic-south")).status()).isEqualTo(403);
        Reply noClinic = api.get(rita, "/api/sessions");
        assertThat(noClinic.status()).isEqualTo(400);
        assertThat(noClinic.json().get("errors").get(0).get("field").asString()).isEqualTo("clinicId");
        assertThat(api.get(rita, "/api/sessions?clinicId=clinic-north&from=yesterday").json().get("errors").get(0)
                .get("field").asString()).isEqualTo("from");
        assertThat(api.get(rita, "/api/sessions?clinicId=clinic-north&size=1000").status()).isEqualTo(400);
    }

    /** The manager's dashboard lists a clinic's open sessions waiting for stock without paging its whole schedule. */
    @Test
    void aScheduleNarrowsToOpenSessionsOfOneStockAnswer() {
        UUID patient = consentedPatient();
        OffsetDateTime day = OffsetDateTime.now(ZoneOffset.UTC).plusDays(45).withHour(8).withMinute(0).withSecond(0).withNano(0);
        String[] ids = new String[3];
        for (int i = 0; i < 3; i++) {
            Map<String, Object> booking = booking(patient, 20);
            booking.put("startsAt", day.plusHours(i).toString());
            ids[i] = bookWhenEligible(rita, booking).json().get("id").asString();
        }
        for (int i = 0; i < 2; i++) {
            publish(Events.INVENTORY_TOPIC, UUID.fromString(ids[i]), new ReservationRejected(UUID.fromString(ids[i]),
                    NORTH, BOTOX, 20, "not enough stock"));
        }
        String window = "/api/sessions?clinicId=clinic-north&from=" + day.toInstant() + "&to=" + day.plusHours(3).toInstant();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                api.get(mark, window + "&stockStatus=SHORT").json().get("totalItems").asLong() == 2);
        api.post(rita, "/api/sessions/" + ids[1] + "/cancel", Map.of("reason", "rebooked"));

        assertThat(texts(api.get(mark, window + "&stockStatus=SHORT").json().get("items"), "id"))
                .containsExactly(ids[0], ids[1]);
        JsonNode waiting = api.get(mark, window + "&stockStatus=short&open=true").json();
        assertThat(waiting.get("totalItems").asLong()).isEqualTo(1);
        assertThat(texts(waiting.get("items"), "id")).containsExactly(ids[0]);
        assertThat(texts(waiting.get("items"), "expectedUnits")).containsExactly("20");
        assertThat(texts(api.get(mark, window + "&open=true").json().get("items"), "id"))
                .containsExactly(ids[0], ids[2]);
        assertThat(api.get(oscar, window + "&stockStatus=SHORT").json().get("totalItems").asLong())
                .as("another chain sees nothing").isZero();

        Reply badStock = api.get(mark, window + "&stockStatus=LOW");
        assertThat(badStock.status()).isEqualTo(400);
        assertThat(badStock.json().get("errors").get(0).get("field").asString()).isEqualTo("stockStatus");
        Reply badOpen = api.get(mark, window + "&open=maybe");
        assertThat(badOpen.status()).isEqualTo(400);
        assertThat(badOpen.json().get("errors").get(0).get("field").asString()).isEqualTo("open");
    }
}
