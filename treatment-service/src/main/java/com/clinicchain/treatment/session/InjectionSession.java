package com.clinicchain.treatment.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.clinicchain.contracts.treatment.SessionCancelled;
import com.clinicchain.contracts.treatment.SessionCompleted;
import com.clinicchain.contracts.treatment.SessionCompleted.VialUse;
import com.clinicchain.contracts.treatment.SessionScheduled;

/**
 * A session, and the changes it may make to itself: each returns the changed session and the event the change
 * causes, for the service to save and append to the outbox. Whether a change is allowed is decided before (the
 * lifecycle in {@link SessionStatus}, the clinical rules in {@link Eligibility}); asking for a move the lifecycle
 * forbids is a programming error here.
 *
 * @param consentWithdrawn the patient withdrew the treatment consent after booking: flagged until given again
 */
public record InjectionSession(UUID id, String chainId, String clinicId, UUID patientId, String practitioner,
                               UUID productId, Instant startsAt, int durationMinutes, int expectedUnits,
                               SessionStatus status, StockStatus stockStatus, String bookedBy, String completedBy,
                               Instant completedAt, int version, String cancelReason, boolean consentWithdrawn) {

    /** A session as changed, with what the change tells the other services (empty when it tells nothing). */
    public record Change<E extends Record>(InjectionSession session, Optional<E> event) {
    }

    /** What a booking fixes; everything else starts empty (not completed, no stock answer yet). */
    public record Booking(String chainId, String clinicId, UUID patientId, String practitioner, UUID productId,
                          Instant startsAt, int durationMinutes, int expectedUnits, String bookedBy) {
    }

    static Change<SessionScheduled> book(UUID id, Booking booking) {
        var session = new InjectionSession(id, booking.chainId(), booking.clinicId(), booking.patientId(),
                booking.practitioner(), booking.productId(), booking.startsAt(), booking.durationMinutes(),
                booking.expectedUnits(), SessionStatus.BOOKED, StockStatus.PENDING, booking.bookedBy(), null, null,
                0, null, false);
        return new Change<>(session, Optional.of(new SessionScheduled(id, session.patientId(), session.clinicId(),
                session.productId(), session.expectedUnits(), session.startsAt())));
    }

    /** Check-in, start, cancel, no-show; a cancelled or missed session gives its stock back. */
    Change<SessionCancelled> moveTo(SessionStatus target, String cancelReason) {
        requireMayBecome(target);
        var moved = new InjectionSession(id, chainId, clinicId, patientId, practitioner, productId, startsAt,
                durationMinutes, expectedUnits, target, stockStatus, bookedBy, completedBy, completedAt, version + 1,
                target == SessionStatus.CANCELLED ? cancelReason : this.cancelReason, consentWithdrawn);
        Optional<SessionCancelled> cancelled = switch (target) {
            case CANCELLED -> Optional.of(new SessionCancelled(id, clinicId, productId, cancelReason));
            case NO_SHOW -> Optional.of(new SessionCancelled(id, clinicId, productId, "NO_SHOW"));
            default -> Optional.empty();
        };
        return new Change<>(moved, cancelled);
    }

    /**
     * Charted and done, by whoever gave the injections, at {@code at}; a consent flag the session carried is
     * cleared (completion has just checked the consent again).
     */
    Change<SessionCompleted> complete(String by, Instant at, List<VialUse> used) {
        requireMayBecome(SessionStatus.COMPLETED);
        var completed = new InjectionSession(id, chainId, clinicId, patientId, practitioner, productId, startsAt,
                durationMinutes, expectedUnits, SessionStatus.COMPLETED, stockStatus, bookedBy, by, at, version + 1,
                cancelReason, false);
        return new Change<>(completed, Optional.of(new SessionCompleted(id, patientId, clinicId, productId,
                List.copyOf(used), by)));
    }

    Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }

    private void requireMayBecome(SessionStatus target) {
        if (!status.mayBecome(target)) {
            throw new IllegalStateException("a " + status + " session cannot become " + target);
        }
    }
}
