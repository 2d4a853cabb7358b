package com.clinicchain.treatment.registry;

/** The professions that may inject botulinum toxin in the chain's clinics. */
public enum Qualification {
    NURSE, DOCTOR, DENTIST
}
