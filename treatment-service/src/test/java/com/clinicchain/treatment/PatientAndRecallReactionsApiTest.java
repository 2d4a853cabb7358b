package com.clinicchain.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.LotRecalled;
import com.clinicchain.contracts.patient.ConsentGranted;
import com.clinicchain.contracts.patient.ConsentWithdrawn;
import com.clinicchain.contracts.patient.PatientErased;
import com.clinicchain.contracts.patient.ScreeningUpdated;
import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

class PatientAndRecallReactionsApiTest extends TreatmentServiceTest {

    @Test
    void aWithdrawnConsentFlagsOpenSessionsAndBlocksCompletionUntilGivenAgain() {
        UUID patient = UUID.randomUUID();
        screened(patient, Instant.now().minus(Duration.ofDays(1)));
        UUID consent = UUID.randomUUID();
        publish(Events.PATIENT_TOPIC, patient, new ConsentGranted(consent, patient, "TREATMENT_BOTULINUM_TOXIN", 1,
                Instant.now().minusSeconds(60), null));
        UUID vial = receiveVial("LOT-CW", UUID.randomUUID(), LocalDate.now().plusYears(1));
        String id = bookedSession(patient, 20);

        publish(Events.PATIENT_TOPIC, patient, new ConsentWithdrawn(consent, patient, "TREATMENT_BOTULINUM_TOXIN",
                Instant.now().minusSeconds(1)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get(rita, "/api/sessions/" + id).json().get("consentWithdrawn").asBoolean());
        awaitVial(vial);
        Reply refused = api.post(nina, "/api/sessions/" + id + "/complete", injections(vial, 20));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(rules(refused)).containsExactly("CONSENT_MISSING");

        grantConsent(patient);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !api.get(rita, "/api/sessions/" + id).json().get("consentWithdrawn").asBoolean());
        assertThat(api.post(nina, "/api/sessions/" + id + "/complete", injections(vial, 20)).status()).isEqualTo(200);
    }

    @Test
    void aRecallListsEveryPatientWhoReceivedTheLotAndCreatesContactTasks() {
        UUID lot = UUID.randomUUID();
        String lotNumber = "LOT-R-" + lot.toString().substring(0, 8);
        UUID first = receiveVial(lotNumber, lot, LocalDate.now().plusYears(1));
        UUID second = receiveVial(lotNumber, lot, LocalDate.now().plusYears(1));
        awaitVial(first);
        awaitVial(second);
        UUID anna = consentedPatient();
        UUID bert = consentedPatient();
        String annasSession = completedSession(anna, first, 24);
        String bertsSession = completedSession(bert, second, 20);

        publish(Events.INVENTORY_TOPIC, lot, new LotRecalled(lot, lotNumber, BOTOX, "sterility"));
        String path = "/api/sessions/recalls/" + lotNumber + "/patients";
        JsonNode affected = api.get(alice, path).json();
        assertThat(affected.get("totalItems").asLong()).isEqualTo(2);
        assertThat(texts(affected.get("items"), "patientId")).containsExactlyInAnyOrder(anna.toString(), bert.toString());
        assertThat(texts(affected.get("items"), "sessionId")).containsExactlyInAnyOrder(annasSession, bertsSession);
        assertThat(api.get(mark, path).status()).isEqualTo(403);
        assertThat(api.get(oscar, path).json().get("totalItems").asLong()).as("another chain's admin").isZero();

        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from follow_up where kind = 'RECALL_CONTACT' and session_id in (?, ?)",
                UUID.fromString(annasSession), UUID.fromString(bertsSession)) == 2);
    }

    /** Issue 11, defect 5: one manufacturer's lot, whichever way each delivery note or the admin writes its number. */
    @Test
    void aLotNumberIsTheSameLotTrimmedAndInAnyCase() {
        String lotNumber = "LOT-C-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        UUID first = receiveVial(" " + lotNumber.toLowerCase(Locale.ROOT) + " ", UUID.randomUUID(),
                LocalDate.now().plusYears(1));
        UUID second = receiveVial(lotNumber, UUID.randomUUID(), LocalDate.now().plusYears(1));
        awaitVial(first);
        awaitVial(second);
        UUID anna = consentedPatient();
        UUID bert = consentedPatient();
        String annasSession = completedSession(anna, first, 24);
        String bertsSession = completedSession(bert, second, 20);
        assertThat(api.get(rita, "/api/sessions/" + annasSession).json().get("injections").get(0).get("lotNumber")
                .asString()).isEqualTo(lotNumber);

        JsonNode affected = api.get(alice, "/api/sessions/recalls/" + lotNumber.toLowerCase(Locale.ROOT)
                + "/patients").json();
        assertThat(texts(affected.get("items"), "patientId")).containsExactlyInAnyOrder(anna.toString(), bert.toString());
        assertThat(api.get(alice, "/api/sessions/recalls/%20" + lotNumber + "%20/patients").json().get("totalItems")
                .asLong()).isEqualTo(2);

        publish(Events.INVENTORY_TOPIC, UUID.randomUUID(), new LotRecalled(UUID.randomUUID(),
                lotNumber.toLowerCase(Locale.ROOT), BOTOX, "sterility"));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from follow_up where kind = 'RECALL_CONTACT' and session_id in (?, ?)",
                UUID.fromString(annasSession), UUID.fromString(bertsSession)) == 2);
    }

    @Test
    void anErasedPatientLeavesNoConsentOrScreeningCopiesHere() {
        UUID patient = consentedPatient();
        publish(Events.PATIENT_TOPIC, patient, new ScreeningUpdated(patient, UUID.randomUUID(), Instant.now(),
                List.of(), List.of(), List.of("FISH_OIL")));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from patient_screening where patient_id = ?", patient) == 1
                        && count("select count(*) from patient_consent where patient_id = ?", patient) == 1);

        publish(Events.PATIENT_TOPIC, patient, new PatientErased(patient, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from patient_screening where patient_id = ?", patient) == 0
                        && count("select count(*) from patient_consent where patient_id = ?", patient) == 0);
    }
}
