package com.clinicchain.contracts.patient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The patient's current medical screening, derived by the patient service: codes only, never free text.
 *
 * @param contraindications codes that block a session (e.g. MYASTHENIA_GRAVIS, PREGNANCY, TOXIN_ALLERGY)
 * @param interactions      codes that need a practitioner's override (e.g. AMINOGLYCOSIDES)
 * @param bleedingRisks     codes that give a bruising warning and a "stop before treatment" instruction
 */
public record ScreeningUpdated(UUID patientId, UUID screeningId, Instant recordedAt, List<String> contraindications,
                               List<String> interactions, List<String> bleedingRisks) {
}
