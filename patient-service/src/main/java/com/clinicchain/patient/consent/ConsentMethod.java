package com.clinicchain.patient.consent;

public enum ConsentMethod {
    IN_CLINIC, REMOTE
}
