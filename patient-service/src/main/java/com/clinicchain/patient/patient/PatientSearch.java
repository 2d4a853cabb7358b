package com.clinicchain.patient.patient;

import java.time.LocalDate;

/** What reception may search by; any combination, all of them must match. */
record PatientSearch(String q, String phone, LocalDate dateOfBirth, String medicalRecordNumber) {

    boolean isEmpty() {
        return blank(q) && blank(phone) && dateOfBirth == null && blank(medicalRecordNumber);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
