package com.clinicchain.contracts.patient;

import java.time.Instant;
import java.util.UUID;

/** Under GDPR erasure: consumers drop or pseudonymise their copies of this patient's personal data. */
public record PatientErased(UUID patientId, Instant erasedAt) {
}
