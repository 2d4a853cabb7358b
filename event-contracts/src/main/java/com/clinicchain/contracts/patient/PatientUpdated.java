package com.clinicchain.contracts.patient;

import java.util.UUID;

/** Demographics changed; like PatientRegistered it carries no personal data. */
public record PatientUpdated(UUID patientId, String homeClinicId, int version) {
}
