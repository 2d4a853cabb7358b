package com.clinicchain.patient.screening;

/** Conditions the practitioner asks about before Botox. Every one of them rules a session out. */
public enum Condition {
    MYASTHENIA_GRAVIS, LAMBERT_EATON, ALS, OTHER_NEUROMUSCULAR, PREGNANCY, BREASTFEEDING, INFECTION_AT_SITE,
    TOXIN_ALLERGY, ALBUMIN_ALLERGY
}
