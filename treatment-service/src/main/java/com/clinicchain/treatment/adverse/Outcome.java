package com.clinicchain.treatment.adverse;

/** How an adverse event ended when the clinician closed it: gone, getting better, or handed to a specialist. */
public enum Outcome {
    RESOLVED, RESOLVING, REFERRED
}
