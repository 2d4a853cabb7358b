package com.clinicchain.patient.audit;

public enum AccessOutcome {
    ALLOWED, DENIED, NOT_FOUND
}
