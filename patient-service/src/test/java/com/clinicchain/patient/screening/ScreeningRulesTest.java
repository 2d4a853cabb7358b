package com.clinicchain.patient.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.clinicchain.patient.screening.ScreeningRules.Finding;
import com.clinicchain.patient.screening.ScreeningRules.Findings;

class ScreeningRulesTest {

    @Test
    void everyListedConditionBlocksTreatment() {
        Findings findings = ScreeningRules.assess(EnumSet.allOf(Condition.class), List.of());

        assertThat(findings.contraindicationCodes()).containsExactly("MYASTHENIA_GRAVIS", "LAMBERT_EATON", "ALS",
                "OTHER_NEUROMUSCULAR", "PREGNANCY", "BREASTFEEDING", "INFECTION_AT_SITE", "TOXIN_ALLERGY",
                "ALBUMIN_ALLERGY");
        assertThat(findings.interactions()).isEmpty();
        assertThat(findings.bleedingRisks()).isEmpty();
    }

    @Test
    void aminoglycosidesNeedAnOverrideAndBloodThinnersAWarning() {
        Findings findings = ScreeningRules.assess(List.of(), EnumSet.allOf(Medication.class));

        assertThat(findings.contraindications()).isEmpty();
        assertThat(findings.interactionCodes()).containsExactly("AMINOGLYCOSIDE");
        assertThat(findings.bleedingRiskCodes()).containsExactly("ASPIRIN", "OTHER_NSAID", "ANTICOAGULANT",
                "ANTIPLATELET", "FISH_OIL", "VITAMIN_E", "GINKGO");
        assertThat(findings.bleedingRisks()).extracting(Finding::instruction)
                .allSatisfy(instruction -> assertThat(instruction).contains("stop before treatment"));
        // A prescribed blood thinner is never stopped on the clinic's word alone.
        assertThat(findings.bleedingRisks()).filteredOn(f -> f.code().equals("ANTICOAGULANT"))
                .extracting(Finding::instruction).singleElement().asString().contains("prescriber");
    }

    @Test
    void aCleanScreeningFindsNothingAndOrderDoesNotMatter() {
        assertThat(ScreeningRules.assess(List.of(), List.of()).contraindications()).isEmpty();
        assertThat(ScreeningRules.assess(List.of(Condition.PREGNANCY, Condition.ALS),
                List.of(Medication.GINKGO, Medication.ASPIRIN)))
                .isEqualTo(ScreeningRules.assess(List.of(Condition.ALS, Condition.PREGNANCY),
                        List.of(Medication.ASPIRIN, Medication.GINKGO)));
    }
}
