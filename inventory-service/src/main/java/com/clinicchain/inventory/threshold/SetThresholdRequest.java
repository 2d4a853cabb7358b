package com.clinicchain.inventory.threshold;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record SetThresholdRequest(@NotBlank @Size(max = 64) String clinicId, @NotNull UUID productId,
                           @NotNull @Min(0) @Max(1_000_000) Integer minUnits) {
}
