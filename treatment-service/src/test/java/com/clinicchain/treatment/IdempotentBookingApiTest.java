package com.clinicchain.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.ApiClient.Reply;

class IdempotentBookingApiTest extends TreatmentServiceTest {

    @Test
    void aRetriedBookingWithTheSameKeyAnswersTheFirstSessionOnce() {
        String partner = partner();
        UUID patient = sharingPatient();
        Map<String, Object> booking = booking(patient, 20);
        bookWhenEligible(rita, booking(patient, 20)); // waits until the consent is known here
        String key = "booking-site-" + UUID.randomUUID();

        Reply first = post(partner, key, booking);
        Reply retry = post(partner, key, booking);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        String id = first.json().get("id").asString();
        assertThat(retry.json().get("id").asString()).isEqualTo(id);
        assertThat(recordedEvents(id)).hasSize(1);

        booking.put("expectedUnits", 24);
        Reply reused = post(partner, key, booking);
        assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
        assertThat(reused.json().get("type").asString()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(count("select count(*) from injection_session where patient_id = ?", patient))
                .as("the reused key booked nothing more").isEqualTo(2);
        Reply tooLong = post(partner, "k".repeat(129), booking);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
    }

    private Reply post(String token, String key, Map<String, Object> body) {
        return api.send("POST", token, "/api/sessions", ApiClient.JSON.writeValueAsString(body),
                Map.of("Idempotency-Key", key));
    }
}
