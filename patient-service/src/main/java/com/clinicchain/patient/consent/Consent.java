package com.clinicchain.patient.consent;

import java.time.Instant;
import java.util.UUID;

public record Consent(UUID id, UUID patientId, String chainId, ConsentType consentType, int templateVersion,
                      ConsentMethod method, Instant signedAt, String witnessedBy, Instant expiresAt,
                      Instant withdrawnAt, String withdrawnBy, String withdrawalReason) {

    /** Valid at {@code when}: signed by then, not yet expired, not withdrawn by then. */
    public boolean isValidAt(Instant when) {
        return !signedAt.isAfter(when)
                && (expiresAt == null || when.isBefore(expiresAt))
                && (withdrawnAt == null || when.isBefore(withdrawnAt));
    }
}
