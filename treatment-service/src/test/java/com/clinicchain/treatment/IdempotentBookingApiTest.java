package com.clinicchain.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.Tokens;

import tools.jackson.databind.JsonNode;

class IdempotentBookingApiTest extends TreatmentApiTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aRetriedBookingWithTheSameKeyAnswersTheFirstSessionOnce() throws Exception {
        String partner = Tokens.clientCredentials("partner-demo", "partner-demo-secret");
        UUID patient = consentedPatient();
        Map<String, Object> booking = booking(patient, 20);
        bookWhenEligible(rita, booking(patient, 20)); // waits until the consent is known here
        String key = "booking-site-" + UUID.randomUUID();

        HttpResponse<String> first = post(partner, key, booking);
        HttpResponse<String> retry = post(partner, key, booking);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        String id = json(first).get("id").asString();
        assertThat(json(retry).get("id").asString()).isEqualTo(id);
        assertThat(recordedEvents(id)).hasSize(1);

        booking.put("expectedUnits", 24);
        HttpResponse<String> reused = post(partner, key, booking);
        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422);
        assertThat(json(reused).get("type").asString()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(count("select count(*) from injection_session where patient_id = ?", patient))
                .as("the reused key booked nothing more").isEqualTo(2);
        HttpResponse<String> tooLong = post(partner, "k".repeat(129), booking);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
    }

    private HttpResponse<String> post(String token, String key, Map<String, Object> body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/sessions"))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return ApiClient.JSON.readTree(response.body());
    }
}
