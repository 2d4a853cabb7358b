package com.clinicchain.patient.patient;

public enum Sex {
    FEMALE, MALE, OTHER, UNDISCLOSED
}
