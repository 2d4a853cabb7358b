package com.clinicchain.treatment.session;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record CompleteSessionRequest(@NotEmpty @Size(max = 50) List<@Valid @NotNull InjectionLog> injections,
                                     @Size(max = 5) List<@Valid @NotNull RuleOverride> overrides) {

    /** @param points into how many injection points the units went; optional */
    public record InjectionLog(@NotNull TreatmentArea area, @NotNull @Min(1) @Max(200) Integer units,
                               @NotNull UUID vialId, @Min(1) @Max(99) Integer points) {
    }

    List<RuleOverride> overridesOrNone() {
        return overrides == null ? List.of() : overrides;
    }
}
