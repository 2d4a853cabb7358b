package com.clinicchain.contracts.patient;

import java.time.Instant;
import java.util.UUID;

public record ConsentGranted(UUID consentId, UUID patientId, String consentType, int templateVersion,
                             Instant signedAt, Instant expiresAt) {
}
