package com.clinicchain.patient.consent;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/** The witness is the caller; it is never taken from the body. */
public record GrantConsentRequest(
        @NotNull ConsentType type,
        @NotNull @Min(1) @Max(10_000) Integer templateVersion,
        @NotNull ConsentMethod method,
        @NotNull @PastOrPresent OffsetDateTime signedAt,
        OffsetDateTime expiresAt) {
}
