package com.clinicchain.patient.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record Screening(UUID id, UUID patientId, String chainId, Instant recordedAt, String recordedBy,
                        List<Condition> conditions, List<Medication> medications, String otherConditions,
                        String otherMedications, UUID supersedes) {
}
