package com.clinicchain.staffweb.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.clinicchain.staffweb.gateway.Problem;

class FieldMessagesTest {

    @Test
    void eachFieldErrorGoesToItsInput() {
        Problem problem = new Problem(400, "validation", "Invalid request", "…", List.of(
                new Problem.FieldError("phone", "must be a phone number"),
                new Problem.FieldError("address.streetLines[1]", "must not be blank"),
                new Problem.FieldError("address.countryCode", "must be an ISO 3166-1 alpha-2 country code"),
                new Problem.FieldError("givenName", "must not be blank"),
                new Problem.FieldError("givenName", "size must be between 0 and 100")), Map.of());

        assertThat(FieldMessages.of(problem)).containsEntry("phone", "must be a phone number")
                .containsEntry("street2", "must not be blank")
                .containsEntry("countryCode", "must be an ISO 3166-1 alpha-2 country code")
                .containsEntry("givenName", "must not be blank; size must be between 0 and 100");
    }

    @Test
    void anErrorNamingNoInputIsShownForTheForm() {
        Problem problem = new Problem(400, "validation", null, null,
                List.of(new Problem.FieldError("body", "is not valid JSON")), Map.of());

        assertThat(FieldMessages.of(problem)).containsExactly(Map.entry("form", "body is not valid JSON"));
    }
}
