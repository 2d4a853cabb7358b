package com.clinicchain.treatment.screening;

import java.util.List;

/** The patient's latest screening as codes; no free text ever reaches this service. */
public record Screening(List<String> contraindications, List<String> interactions, List<String> bleedingRisks) {

    public static final Screening NONE = new Screening(List.of(), List.of(), List.of());
}
