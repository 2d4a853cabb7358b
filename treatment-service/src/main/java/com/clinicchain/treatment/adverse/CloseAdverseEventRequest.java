package com.clinicchain.treatment.adverse;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record CloseAdverseEventRequest(@NotNull Outcome outcome, @Size(max = 2000) String notes) {
}
