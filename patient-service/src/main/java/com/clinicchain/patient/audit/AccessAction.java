package com.clinicchain.patient.audit;

/** What was done with a patient record, as the audit trail names it. */
public enum AccessAction {
    READ, SEARCH, SEARCH_HIT, REGISTER, UPDATE, SCREENING_READ, SCREENING_RECORD, CONSENT_READ, CONSENT_GRANT,
    CONSENT_WITHDRAW, ACCESS_LOG_READ, EXPORT, ERASE
}
