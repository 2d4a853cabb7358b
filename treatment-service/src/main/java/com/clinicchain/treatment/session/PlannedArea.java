package com.clinicchain.treatment.session;

/** One area of the treatment plan with the units planned for it. */
public record PlannedArea(TreatmentArea area, int plannedUnits) {
}
