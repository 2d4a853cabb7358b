package com.clinicchain.patient.consent;

/** Where one type of consent stands for a patient. */
public enum ConsentStatus {
    VALID, WITHDRAWN, EXPIRED, NEVER_GIVEN
}
