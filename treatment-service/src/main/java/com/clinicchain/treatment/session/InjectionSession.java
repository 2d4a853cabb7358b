package com.clinicchain.treatment.session;

import java.time.Instant;
import java.util.UUID;

public record InjectionSession(UUID id, String chainId, String clinicId, UUID patientId, String practitioner,
                               UUID productId, Instant startsAt, int durationMinutes, int expectedUnits,
                               SessionStatus status, StockStatus stockStatus, String bookedBy, String completedBy,
                               Instant completedAt, int version) {
}
