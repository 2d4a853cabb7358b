package com.clinicchain.treatment.adverse;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ReportAdverseEventRequest(@NotNull AdverseEventType type, @NotNull Severity severity,
                                        @NotNull OffsetDateTime onsetAt, @Size(max = 2000) String notes) {

    public enum Severity {
        MILD, MODERATE, SEVERE
    }
}
