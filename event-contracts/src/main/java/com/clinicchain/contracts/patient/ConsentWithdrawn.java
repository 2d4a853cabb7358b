package com.clinicchain.contracts.patient;

import java.time.Instant;
import java.util.UUID;

public record ConsentWithdrawn(UUID consentId, UUID patientId, String consentType, Instant withdrawnAt) {
}
