package com.clinicchain.treatment.session;

import java.time.Instant;
import java.util.UUID;

/** A session as a clinic's schedule lists it; the details (plan, warnings, injections) are on the session itself. */
public record SessionLine(UUID id, UUID patientId, String practitioner, UUID productId, Instant startsAt,
                          int durationMinutes, int expectedUnits, SessionStatus status, StockStatus stockStatus,
                          boolean consentWithdrawn) {

    static SessionLine of(InjectionSession s) {
        return new SessionLine(s.id(), s.patientId(), s.practitioner(), s.productId(), s.startsAt(),
                s.durationMinutes(), s.expectedUnits(), s.status(), s.stockStatus(), s.consentWithdrawn());
    }
}
