package com.clinicchain.patient.screening;

/** Medicines and supplements that matter for Botox: one interacts with the toxin, the rest thin the blood. */
public enum Medication {
    ASPIRIN, OTHER_NSAID, ANTICOAGULANT, ANTIPLATELET, AMINOGLYCOSIDE, FISH_OIL, VITAMIN_E, GINKGO
}
