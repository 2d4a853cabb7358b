package com.clinicchain.patient.screening;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a screening means for treatment, per the label and the clinic's leaflet (DESIGN.md, clinical rules).
 * Plain Java so that the rules are unit-tested without a database.
 */
public final class ScreeningRules {

    /** Aminoglycoside antibiotics strengthen the toxin's effect: a practitioner must decide. */
    static final Set<Medication> INTERACTING = EnumSet.of(Medication.AMINOGLYCOSIDE);
    static final Set<Medication> BLEEDING = EnumSet.of(Medication.ASPIRIN, Medication.OTHER_NSAID,
            Medication.ANTICOAGULANT, Medication.ANTIPLATELET, Medication.FISH_OIL, Medication.VITAMIN_E,
            Medication.GINKGO);

    private ScreeningRules() {
    }

    public record Finding(String code, String instruction) {
    }

    public record Findings(List<Finding> contraindications, List<Finding> interactions, List<Finding> bleedingRisks) {

        public List<String> contraindicationCodes() {
            return contraindications.stream().map(Finding::code).toList();
        }

        public List<String> interactionCodes() {
            return interactions.stream().map(Finding::code).toList();
        }

        public List<String> bleedingRiskCodes() {
            return bleedingRisks.stream().map(Finding::code).toList();
        }
    }

    /** Results come in the enums' order, so the same screening always reads (and is published) the same way. */
    public static Findings assess(Collection<Condition> conditions, Collection<Medication> medications) {
        Set<Condition> presentConditions = conditions.isEmpty() ? EnumSet.noneOf(Condition.class) : EnumSet.copyOf(conditions);
        Set<Medication> presentMedications = medications.isEmpty() ? EnumSet.noneOf(Medication.class)
                : EnumSet.copyOf(medications);
        List<Finding> contraindications = presentConditions.stream()
                .map(c -> new Finding(c.name(), "do not treat: contraindication to botulinum toxin")).toList();
        List<Finding> interactions = presentMedications.stream().filter(INTERACTING::contains)
                .map(m -> new Finding(m.name(), "treat only with a practitioner's documented override")).toList();
        List<Finding> bleedingRisks = presentMedications.stream().filter(BLEEDING::contains)
                .map(m -> new Finding(m.name(), stopBefore(m))).toList();
        return new Findings(contraindications, interactions, bleedingRisks);
    }

    // Prescribed blood thinners are never stopped on the clinic's say-so; supplements and painkillers may be.
    private static String stopBefore(Medication medication) {
        return switch (medication) {
            case ANTICOAGULANT, ANTIPLATELET ->
                    "raises bruising risk: stop before treatment only if the prescriber agrees";
            default -> "raises bruising risk: stop before treatment (7 days) if medically safe";
        };
    }
}
