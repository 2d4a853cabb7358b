package com.clinicchain.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.patient.ScreeningUpdated;
import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

class EligibilityApiTest extends TreatmentServiceTest {

    @Test
    void contraindicationsBlockAndInteractionsNeedAPractitionersOverrideWhichIsRecorded() {
        UUID pregnant = screenedPatient(List.of("PREGNANCY"), List.of("AMINOGLYCOSIDES"), List.of());
        Reply refused = refusedWith(rita, booking(pregnant, 20), "CONTRAINDICATION");
        assertThat(rules(refused)).containsExactly("CONTRAINDICATION", "INTERACTION");

        UUID onAntibiotics = screenedPatient(List.of(), List.of("AMINOGLYCOSIDES"), List.of("ASPIRIN"));
        Map<String, Object> booking = booking(onAntibiotics, 20);
        booking.put("overrides", List.of(Map.of("rule", "INTERACTION", "reason", "course ended, GP agrees")));
        assertThat(rules(refusedWith(rita, booking, "INTERACTION"))).as("a receptionist cannot override")
                .containsExactly("INTERACTION");

        Reply booked = api.post(nina, "/api/sessions", booking);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        JsonNode override = booked.json().get("overrides").get(0);
        assertThat(override.get("rule").asString()).isEqualTo("INTERACTION");
        assertThat(override.get("givenBy").asString()).isEqualTo("nina.nurse");
        assertThat(override.get("reason").asString()).isEqualTo("course ended, GP agrees");
        assertThat(texts(booked.json().get("warnings"), "rule")).containsExactly("BLEEDING_RISK");

        booking.put("overrides", List.of(Map.of("rule", "CONTRAINDICATION", "reason", "insists")));
        Reply notOverridable = api.post(nina, "/api/sessions", booking);
        assertThat(notOverridable.status()).isEqualTo(400);
        assertThat(notOverridable.json().get("errors").get(0).get("field").asString()).isEqualTo("overrides[0].rule");
    }

    @Test
    void retreatmentWithin90DaysNeedsAnOverrideAndAScreeningChangeFlagsOpenSessions() {
        UUID patient = consentedPatient();
        UUID vial = receiveVial("LOT-RETREAT", UUID.randomUUID(), LocalDate.now().plusYears(1));
        awaitVial(vial);
        completedSession(patient, vial, 24);

        Reply tooSoon = api.post(rita, "/api/sessions", booking(patient, 20));
        assertThat(tooSoon.status()).isEqualTo(422);
        assertThat(rules(tooSoon)).containsExactly("RETREATMENT_INTERVAL");
        Map<String, Object> touchUp = booking(patient, 8);
        touchUp.put("overrides", List.of(Map.of("rule", "RETREATMENT_INTERVAL", "reason", "asymmetry touch-up")));
        Reply booked = api.post(nina, "/api/sessions", touchUp);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String id = booked.json().get("id").asString();

        screen(patient, List.of("MYASTHENIA_GRAVIS"), List.of(), List.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(rita, "/api/sessions/" + id).json()
                .get("warnings").toString().contains("MYASTHENIA_GRAVIS"));
        Map<String, Object> completion = Map.of("injections", List.of(Map.of("area", "GLABELLAR_LINES", "units", 8,
                "vialId", vial.toString())), "overrides", touchUp.get("overrides"));
        Reply refused = api.post(nina, "/api/sessions/" + id + "/complete", completion);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(rules(refused)).containsExactly("CONTRAINDICATION");
    }

    /** Issue 11, defect 10: the practitioner does not type an override twice, unless the facts have changed. */
    @Test
    void anOverrideGivenAtBookingHoldsAtCompletionUntilANewScreening() {
        UUID vial = receiveVial("LOT-HOLD", UUID.randomUUID(), LocalDate.now().plusYears(1));
        awaitVial(vial);
        Map<String, Object> completion = Map.of("injections", List.of(Map.of("area", "GLABELLAR_LINES", "units", 20,
                "vialId", vial.toString())));
        List<Map<String, String>> override = List.of(Map.of("rule", "INTERACTION", "reason", "course ended, GP agrees"));

        UUID patient = screenedPatient(List.of(), List.of("AMINOGLYCOSIDES"), List.of());
        Map<String, Object> booking = booking(patient, 20);
        booking.put("overrides", override);
        String id = bookWhenEligible(nina, booking).json().get("id").asString();
        Reply completed = api.post(nina, "/api/sessions/" + id + "/complete", completion);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.json().get("overrides").size()).as("recorded once, at booking").isEqualTo(1);

        UUID rescreened = screenedPatient(List.of(), List.of("AMINOGLYCOSIDES"), List.of());
        Map<String, Object> second = booking(rescreened, 20);
        second.put("overrides", override);
        String secondId = bookWhenEligible(nina, second).json().get("id").asString();
        UUID newScreening = UUID.randomUUID();
        publish(Events.PATIENT_TOPIC, rescreened, new ScreeningUpdated(rescreened, newScreening, Instant.now(),
                List.of(), List.of("AMINOGLYCOSIDES"), List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from patient_screening where screening_id = ?", newScreening) == 1);
        Reply refused = api.post(nina, "/api/sessions/" + secondId + "/complete", completion);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(rules(refused)).containsExactly("INTERACTION");
        Reply again = api.post(nina, "/api/sessions/" + secondId + "/complete", Map.of("injections",
                completion.get("injections"), "overrides", override));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
    }

    /**
     * Issue 11: a patient never screened, or screened longer ago than clinic.screening.max-age (12 months), is booked
     * with a named warning and refused at completion until screened again.
     */
    @Test
    void aMissingOrOutOfDateScreeningWarnsAtBookingAndRefusesCompletion() {
        UUID vial = receiveVial("LOT-SCREENING", UUID.randomUUID(), LocalDate.now().plusYears(1));
        awaitVial(vial);
        UUID unscreened = UUID.randomUUID();
        grantConsent(unscreened);
        UUID lapsed = UUID.randomUUID();
        screened(lapsed, ZonedDateTime.now(ZoneOffset.UTC).minusMonths(12).minusDays(1).toInstant());
        grantConsent(lapsed);

        Reply missing = bookWhenEligible(rita, booking(unscreened, 20));
        assertThat(texts(missing.json().get("warnings"), "rule")).containsExactly("SCREENING_MISSING");
        Reply outOfDate = bookWhenEligible(rita, booking(lapsed, 20));
        assertThat(texts(outOfDate.json().get("warnings"), "rule")).containsExactly("SCREENING_OUT_OF_DATE");

        String missingId = missing.json().get("id").asString();
        String outOfDateId = outOfDate.json().get("id").asString();
        Reply refusedMissing = api.post(nina, "/api/sessions/" + missingId + "/complete", injections(vial, 20));
        assertThat(refusedMissing.status()).as(refusedMissing.toString()).isEqualTo(422);
        assertThat(rules(refusedMissing)).containsExactly("SCREENING_MISSING");
        Reply refusedOutOfDate = api.post(nina, "/api/sessions/" + outOfDateId + "/complete", injections(vial, 20));
        assertThat(refusedOutOfDate.status()).as(refusedOutOfDate.toString()).isEqualTo(422);
        assertThat(rules(refusedOutOfDate)).containsExactly("SCREENING_OUT_OF_DATE");
        assertThat(refusedOutOfDate.json().get("detail").asString()).contains("older than P12M");

        UUID today = screened(lapsed, Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from patient_screening where screening_id = ?", today) == 1);
        assertThat(texts(api.get(rita, "/api/sessions/" + outOfDateId).json().get("warnings"), "rule"))
                .as("the new screening clears the warning").doesNotContain("SCREENING_OUT_OF_DATE");
        Reply completed = api.post(nina, "/api/sessions/" + outOfDateId + "/complete", injections(vial, 20));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    }

    private void screen(UUID patient, List<String> contraindications, List<String> interactions, List<String> bleeding) {
        publish(Events.PATIENT_TOPIC, patient, new ScreeningUpdated(patient, UUID.randomUUID(), Instant.now(),
                contraindications, interactions, bleeding));
    }

    /** Screened first, consent given after: no booking can slip through before the screening is known. */
    private UUID screenedPatient(List<String> contraindications, List<String> interactions, List<String> bleeding) {
        UUID patient = UUID.randomUUID();
        screen(patient, contraindications, interactions, bleeding);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from patient_screening where patient_id = ?", patient) == 1);
        grantConsent(patient);
        return patient;
    }

    /** Retries while the screening is still on its way, until the refusal names {@code rule}. */
    private Reply refusedWith(String token, Map<String, Object> booking, String rule) {
        Reply[] last = new Reply[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            last[0] = api.post(token, "/api/sessions", booking);
            return last[0].status() != 422 || !rules(last[0]).contains("CONSENT_MISSING");
        });
        assertThat(last[0].status()).as(last[0].toString()).isEqualTo(422);
        assertThat(rules(last[0])).contains(rule);
        return last[0];
    }
}
