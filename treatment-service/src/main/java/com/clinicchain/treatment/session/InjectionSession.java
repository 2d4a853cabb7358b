package com.clinicchain.treatment.session;

import java.time.Instant;
import java.util.UUID;

/** @param consentWithdrawn the patient withdrew the treatment consent after booking: flagged until given again */
public record InjectionSession(UUID id, String chainId, String clinicId, UUID patientId, String practitioner,
                               UUID productId, Instant startsAt, int durationMinutes, int expectedUnits,
                               SessionStatus status, StockStatus stockStatus, String bookedBy, String completedBy,
                               Instant completedAt, int version, String cancelReason, boolean consentWithdrawn) {

    Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }
}
