package com.clinicchain.patient.consent;

public enum ConsentType {
    TREATMENT_BOTULINUM_TOXIN, PHOTOGRAPHY, PARTNER_DATA_SHARING, MARKETING
}
