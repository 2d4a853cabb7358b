package com.clinicchain.contracts.patient;

import java.util.UUID;

/** Deliberately carries no names or contact details: personal data stays in the patient service. */
public record PatientRegistered(UUID patientId, String medicalRecordNumber, String homeClinicId) {
}
