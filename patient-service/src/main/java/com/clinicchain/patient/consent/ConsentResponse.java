package com.clinicchain.patient.consent;

import java.time.Instant;
import java.util.UUID;

public record ConsentResponse(UUID id, ConsentType type, int templateVersion, ConsentMethod method, Instant signedAt,
                              String witnessedBy, Instant expiresAt, Instant withdrawnAt, String withdrawnBy,
                              String withdrawalReason, boolean validNow) {

    public static ConsentResponse of(Consent consent, Instant now) {
        return new ConsentResponse(consent.id(), consent.consentType(), consent.templateVersion(), consent.method(),
                consent.signedAt(), consent.witnessedBy(), consent.expiresAt(), consent.withdrawnAt(),
                consent.withdrawnBy(), consent.withdrawalReason(), consent.isValidAt(now));
    }
}
