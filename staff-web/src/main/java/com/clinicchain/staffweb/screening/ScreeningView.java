package com.clinicchain.staffweb.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.clinicchain.staffweb.layout.Words;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One screening as the patient service answers it ({@code /api/patients/{id}/screenings}), with what it means for
 * treatment as the service derived it: contraindications block, interactions need an override, bleeding risks warn.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScreeningView(UUID id, Instant recordedAt, String recordedBy, List<String> conditions,
                            List<String> medications, String otherConditions, String otherMedications,
                            List<Finding> contraindications, List<Finding> interactions,
                            List<Finding> bleedingRisks) {

    public ScreeningView {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        medications = medications == null ? List.of() : List.copyOf(medications);
        contraindications = contraindications == null ? List.of() : List.copyOf(contraindications);
        interactions = interactions == null ? List.of() : List.copyOf(interactions);
        bleedingRisks = bleedingRisks == null ? List.of() : List.copyOf(bleedingRisks);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(String code, String instruction) {

        /** "Aspirin: raises bruising risk: stop before treatment (7 days) if medically safe". */
        public String inWords() {
            return ScreeningCodes.label(code) + ": " + instruction;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<ScreeningView> items) {

        public Page {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    public LocalDate recordedOn(ZoneId zone) {
        return LocalDate.ofInstant(recordedAt, zone);
    }

    /**
     * The treatment service's SCREENING_OUT_OF_DATE rule as the practitioner sees it: older than the maximum age,
     * counted on the clinic's calendar, so that "12 months" is a year to the day.
     */
    public boolean outOfDate(Instant now, ZoneId zone, Period maxAge) {
        return recordedAt.atZone(zone).plus(maxAge).isBefore(now.atZone(zone));
    }

    public boolean clear() {
        return contraindications.isEmpty() && interactions.isEmpty() && bleedingRisks.isEmpty();
    }

    /** What was ticked and typed, in words, for the comparison with the next screening. */
    public String answersInWords() {
        List<String> said = new java.util.ArrayList<>();
        conditions.forEach(c -> said.add(ScreeningCodes.label(c)));
        medications.forEach(m -> said.add(ScreeningCodes.label(m)));
        if (otherConditions != null && !otherConditions.isBlank()) {
            said.add("other conditions: " + otherConditions.strip());
        }
        if (otherMedications != null && !otherMedications.isBlank()) {
            said.add("other medications: " + otherMedications.strip());
        }
        return Words.capitalised(said.isEmpty() ? "nothing to declare" : String.join("; ", said));
    }
}
