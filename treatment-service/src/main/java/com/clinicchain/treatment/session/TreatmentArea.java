package com.clinicchain.treatment.session;

public enum TreatmentArea {
    GLABELLAR_LINES, LATERAL_CANTHAL_LINES, FOREHEAD_LINES, OTHER
}
