package com.clinicchain.treatment.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session as a clinic's schedule lists it, with its planned {@code areas} (what the front desk tells the patient
 * the session is for); warnings, overrides and injections are on the session itself.
 */
public record SessionLine(UUID id, UUID patientId, String practitioner, UUID productId, Instant startsAt,
                          int durationMinutes, int expectedUnits, SessionStatus status, StockStatus stockStatus,
                          boolean consentWithdrawn, List<PlannedArea> areas) {

    static SessionLine of(InjectionSession s, List<PlannedArea> areas) {
        return new SessionLine(s.id(), s.patientId(), s.practitioner(), s.productId(), s.startsAt(),
                s.durationMinutes(), s.expectedUnits(), s.status(), s.stockStatus(), s.consentWithdrawn(), areas);
    }
}
