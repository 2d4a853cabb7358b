package com.clinicchain.patient.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.clinicchain.patient.screening.ScreeningRules.Finding;
import com.clinicchain.patient.screening.ScreeningRules.Findings;

public record ScreeningResponse(UUID id, UUID patientId, Instant recordedAt, String recordedBy,
                                List<Condition> conditions, List<Medication> medications, String otherConditions,
                                String otherMedications, UUID supersedes, List<Finding> contraindications,
                                List<Finding> interactions, List<Finding> bleedingRisks) {

    public static ScreeningResponse of(Screening s) {
        Findings findings = ScreeningRules.assess(s.conditions(), s.medications());
        return new ScreeningResponse(s.id(), s.patientId(), s.recordedAt(), s.recordedBy(), s.conditions(),
                s.medications(), s.otherConditions(), s.otherMedications(), s.supersedes(),
                findings.contraindications(), findings.interactions(), findings.bleedingRisks());
    }
}
