package com.clinicchain.patient.screening;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the practitioner ticks and types; an empty list means "asked, none". Who and when come from the server. */
public record RecordScreeningRequest(
        @NotNull Set<Condition> conditions,
        @NotNull Set<Medication> medications,
        @Size(max = 1000) String otherConditions,
        @Size(max = 1000) String otherMedications) {
}
