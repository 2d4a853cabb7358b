package com.clinicchain.treatment.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record SessionResponse(UUID id, String clinicId, UUID patientId, String practitioner, UUID productId,
                              Instant startsAt, int durationMinutes, int expectedUnits, SessionStatus status,
                              StockStatus stockStatus, String cancelReason, boolean consentWithdrawn,
                              List<PlannedArea> areas, List<SessionWarning> warnings, List<OverrideRecord> overrides,
                              String completedBy, Instant completedAt, List<InjectionResponse> injections) {

    public record InjectionResponse(TreatmentArea area, int units, Integer points, UUID vialId, String lotNumber,
                                    LocalDate expiryDate) {

        static InjectionResponse of(Injection injection) {
            return new InjectionResponse(injection.area(), injection.units(), injection.points(), injection.vialId(),
                    injection.lotNumber(), injection.expiryDate());
        }
    }

    static SessionResponse of(InjectionSession session, Sessions sessions) {
        UUID id = session.id();
        return new SessionResponse(id, session.clinicId(), session.patientId(), session.practitioner(),
                session.productId(), session.startsAt(), session.durationMinutes(), session.expectedUnits(),
                session.status(), session.stockStatus(), session.cancelReason(), session.consentWithdrawn(),
                sessions.plan(id), sessions.warnings(id), sessions.overrides(id), session.completedBy(),
                session.completedAt(), sessions.injections(id).stream().map(InjectionResponse::of).toList());
    }
}
