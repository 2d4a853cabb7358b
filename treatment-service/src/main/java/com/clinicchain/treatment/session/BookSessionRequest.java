package com.clinicchain.treatment.session;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A booking names its plan by {@code areas} (units default to the label dose) or, for older clients, by
 * {@code expectedUnits} alone; when both are given they must agree.
 */
public record BookSessionRequest(
        @NotNull UUID patientId,
        @NotBlank @Size(max = 64) String clinicId,
        @Size(max = 64) String practitioner,
        @NotNull OffsetDateTime startsAt,
        @Min(5) @Max(240) Integer durationMinutes,
        @NotNull UUID productId,
        @Min(1) @Max(400) Integer expectedUnits,
        @Size(max = 10) List<@Valid @NotNull AreaPlan> areas,
        @Size(max = 5) List<@Valid @NotNull RuleOverride> overrides) {

    public record AreaPlan(@NotNull TreatmentArea area, @Min(0) @Max(400) Integer plannedUnits) {
    }

    List<AreaPlan> areasOrNone() {
        return areas == null ? List.of() : areas;
    }

    List<RuleOverride> overridesOrNone() {
        return overrides == null ? List.of() : overrides;
    }
}
