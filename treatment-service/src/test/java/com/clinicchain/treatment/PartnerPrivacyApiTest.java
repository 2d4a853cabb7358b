package com.clinicchain.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.patient.ConsentWithdrawn;
import com.clinicchain.contracts.patient.ScreeningUpdated;
import com.clinicchain.testsupport.ApiClient.Reply;

/** Issue 11, defect 1: a partner acts only for patients who share with partners, and never learns screening facts. */
class PartnerPrivacyApiTest extends TreatmentServiceTest {

    @Test
    void aPartnerBooksOnlyWhileThePatientSharesWithPartnersAndIsToldNothingElse() {
        UUID patient = consentedPatient();
        bookWhenEligible(rita, booking(patient, 20)); // the treatment consent is known here
        Reply unknown = api.post(partner(), "/api/sessions", booking(UUID.randomUUID(), 20));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);

        Reply notSharing = api.post(partner(), "/api/sessions", booking(patient, 20));
        assertThat(notSharing.status()).as(notSharing.toString()).isEqualTo(404);
        assertThat(notSharing.json().get("type").asString()).isEqualTo(unknown.json().get("type").asString());
        assertThat(notSharing.json().get("title").asString()).isEqualTo(unknown.json().get("title").asString());

        UUID sharing = grant(patient, "PARTNER_DATA_SHARING");
        Reply[] booked = new Reply[1];
        await().atMost(Duration.ofSeconds(30)).until(() ->
                (booked[0] = api.post(partner(), "/api/sessions", booking(patient, 20))).status() != 404);
        assertThat(booked[0].status()).as(booked[0].toString()).isEqualTo(201);
        String id = booked[0].json().get("id").asString();

        publish(Events.PATIENT_TOPIC, patient, new ConsentWithdrawn(sharing, patient, "PARTNER_DATA_SHARING",
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.post(partner(), "/api/sessions", booking(patient, 20)).status() == 404);
        Reply cancel = api.post(partner(), "/api/sessions/" + id + "/cancel", Map.of("reason", "rebooked online"));
        assertThat(cancel.status()).as("its own booking is out of reach too: " + cancel).isEqualTo(404);
        assertThat(api.get(rita, "/api/sessions/" + id).json().get("status").asString()).isEqualTo("BOOKED");
    }

    @Test
    void aPartnerGetsReasonCodesWhileStaffKeepTheScreeningDetail() {
        UUID pregnant = sharingPatientScreened(List.of("PREGNANCY"), List.of("AMINOGLYCOSIDES"), List.of());
        Reply refused = api.post(partner(), "/api/sessions", booking(pregnant, 20));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(rules(refused)).containsExactly("NOT_ELIGIBLE_CLINICAL");
        assertThat(refused.body()).doesNotContain("PREGNANCY", "AMINOGLYCOSIDES", "CONTRAINDICATION", "INTERACTION");
        Reply toStaff = api.post(rita, "/api/sessions", booking(pregnant, 20));
        assertThat(rules(toStaff)).containsExactly("CONTRAINDICATION", "INTERACTION");
        assertThat(toStaff.body()).contains("PREGNANCY", "AMINOGLYCOSIDES");

        UUID onAspirin = sharingPatientScreened(List.of(), List.of(), List.of("ASPIRIN"));
        Reply booked = api.post(partner(), "/api/sessions", booking(onAspirin, 20));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(texts(booked.json().get("warnings"), "rule")).containsExactly("CLINICAL_REVIEW");
        assertThat(booked.body()).doesNotContain("ASPIRIN", "BLEEDING_RISK", "bruising");
        String id = booked.json().get("id").asString();
        assertThat(api.get(rita, "/api/sessions/" + id).body()).as("staff see the detail").contains("ASPIRIN");

        Reply cancelled = api.post(partner(), "/api/sessions/" + id + "/cancel", Map.of("reason", "rebooked online"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.body()).doesNotContain("ASPIRIN", "BLEEDING_RISK", "bruising");
    }

    /** Screened first, consents given after: no booking can slip through before the screening is known. */
    private UUID sharingPatientScreened(List<String> contraindications, List<String> interactions,
                                        List<String> bleeding) {
        UUID patient = UUID.randomUUID();
        publish(Events.PATIENT_TOPIC, patient, new ScreeningUpdated(patient, UUID.randomUUID(), Instant.now(),
                contraindications, interactions, bleeding));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from patient_screening where patient_id = ?", patient) == 1);
        grantConsent(patient);
        grant(patient, "PARTNER_DATA_SHARING");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from patient_consent where patient_id = ?", patient) == 2);
        return patient;
    }
}
