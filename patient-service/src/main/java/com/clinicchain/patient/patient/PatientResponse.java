package com.clinicchain.patient.patient;

import java.time.LocalDate;
import java.util.UUID;

public record PatientResponse(UUID id, String medicalRecordNumber, String givenName, String familyName,
                              LocalDate dateOfBirth, Sex sex, String phone, String email, PostalAddress address,
                              String homeClinicId,
                              String preferredLanguage, boolean erased) {

    public static PatientResponse of(Patient patient) {
        return new PatientResponse(patient.id(), patient.medicalRecordNumber(), patient.givenName(),
                patient.familyName(), patient.dateOfBirth(), patient.sex(), patient.phone(), patient.email(),
                patient.address(), patient.homeClinicId(), patient.preferredLanguage(), patient.erasedAt() != null);
    }
}
