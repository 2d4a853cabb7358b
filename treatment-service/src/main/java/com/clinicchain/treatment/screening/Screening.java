package com.clinicchain.treatment.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The patient's latest screening as codes; no free text ever reaches this service.
 *
 * @param id         the patient service's id of the screening, null for none: an override given on one screening does
 *                   not hold for the next
 * @param recordedAt when the patient was screened, null for none: a screening goes out of date
 */
public record Screening(List<String> contraindications, List<String> interactions, List<String> bleedingRisks,
                        UUID id, Instant recordedAt) {

    public static final Screening NONE = new Screening(List.of(), List.of(), List.of());

    public Screening(List<String> contraindications, List<String> interactions, List<String> bleedingRisks) {
        this(contraindications, interactions, bleedingRisks, null, null);
    }

    public boolean isNone() {
        return recordedAt == null;
    }
}
