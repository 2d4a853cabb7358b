package com.clinicchain.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient.Reply;

/** A booking names a clinic of the chain's registry and, if any, a practitioner registered there. */
class BookingRegistryApiTest extends TreatmentServiceTest {

    private long sessionsOf(UUID patient) {
        return count("select count(*) from injection_session where patient_id = ?", patient);
    }

    @Test
    void aMadeUpClinicOrPractitionerIsRefusedByNameAndNothingIsBooked() {
        UUID patient = consentedPatient();
        Map<String, Object> booking = booking(patient, 20);
        booking.put("clinicId", "clinic-nowhere");
        booking.put("practitioner", "dr.madeup");

        // reception works at its token's clinics only (403 elsewhere): the chain's admin books anywhere
        Reply refused = api.post(alice, "/api/sessions", booking);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).endsWith("/problems/not-registered");
        assertThat(texts(refused.json().get("errors"), "field")).containsExactly("clinicId", "practitioner");

        booking.put("clinicId", NORTH);
        Reply unknownPractitioner = api.post(rita, "/api/sessions", booking);
        assertThat(unknownPractitioner.status()).as(unknownPractitioner.toString()).isEqualTo(422);
        assertThat(texts(unknownPractitioner.json().get("errors"), "field")).containsExactly("practitioner");

        assertThat(sessionsOf(patient)).as("no session row").isZero();
        assertThat(count("select count(*) from outbox_event where envelope like ?", "%" + patient + "%"))
                .as("no SessionScheduled").isZero();
    }

    @Test
    void aPractitionerOfAnotherClinicIsRefusedAndOneRegisteredThereBooks() {
        UUID patient = consentedPatient();
        String southOnly = "dr-" + UUID.randomUUID();
        Reply registered = api.post(alice, "/api/practitioners", Map.of("username", southOnly,
                "displayName", "South Nurse", "clinicIds", List.of("clinic-south"), "qualification", "NURSE"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Map<String, Object> booking = booking(patient, 20);
        booking.put("practitioner", southOnly);

        Reply refused = api.post(rita, "/api/sessions", booking);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(texts(refused.json().get("errors"), "field")).containsExactly("practitioner");
        assertThat(sessionsOf(patient)).isZero();

        booking.put("practitioner", registeredPractitioner());
        bookWhenEligible(rita, booking);
        assertThat(sessionsOf(patient)).isEqualTo(1);
    }
}
