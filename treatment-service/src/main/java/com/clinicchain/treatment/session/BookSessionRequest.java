package com.clinicchain.treatment.session;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record BookSessionRequest(
        @NotNull UUID patientId,
        @NotBlank @Size(max = 64) String clinicId,
        @Size(max = 64) String practitioner,
        @NotNull OffsetDateTime startsAt,
        @Min(5) @Max(240) Integer durationMinutes,
        @NotNull UUID productId,
        @NotNull @Min(1) @Max(400) Integer expectedUnits) {
}
