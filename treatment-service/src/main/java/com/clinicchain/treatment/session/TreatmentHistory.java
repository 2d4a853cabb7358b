package com.clinicchain.treatment.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.treatment.adverse.AdverseEvent;
import com.clinicchain.treatment.followup.FollowUp;
import com.clinicchain.treatment.session.SessionResponse.InjectionResponse;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A patient's treatment at every clinic of the chain, read before injecting again and shown at the front desk.
 *
 * @param upcoming      the open sessions (booked, checked in, in progress), soonest first, all of them
 * @param past          the closed sessions (completed, cancelled, no-show), newest first, a page of them
 * @param openFollowUps every open follow-up of the patient, the soonest due first, whichever page they belong to
 */
public record TreatmentHistory(UUID patientId, List<Session> upcoming, PageResponse<Session> past,
                               List<FollowUpLine> openFollowUps) {

    /**
     * @param timeZone      the clinic's zone (region id): {@code startsAt} on the clinic's own clock
     * @param injections    as charted: lot number and expiry are the ones recorded at the injection
     * @param adverseEvents null for a receptionist, to whom adverse events are not shown (clinical detail); else
     *                      the events reported on the session, oldest first
     */
    @Schema(name = "HistorySession")
    public record Session(UUID id, SessionStatus status, Instant startsAt, int durationMinutes, String timeZone,
                          String clinicId, String practitioner, UUID productId, int expectedUnits,
                          List<PlannedArea> areas, StockStatus stockStatus, String cancelReason, String completedBy,
                          Instant completedAt, List<InjectionResponse> injections,
                          List<AdverseEventLine> adverseEvents, List<FollowUpLine> followUps) {
    }

    /** @param status OPEN or CLOSED; @param outcome set once it is closed */
    public record AdverseEventLine(UUID id, String type, String severity, boolean serious, Instant onsetAt,
                                   String status, String outcome, Instant closedAt) {

        static AdverseEventLine of(AdverseEvent e) {
            return new AdverseEventLine(e.id(), e.type(), e.severity(), e.serious(), e.onsetAt(),
                    e.isClosed() ? "CLOSED" : "OPEN", e.outcome(), e.closedAt());
        }
    }

    /** @param kind REVIEW, REPEAT_REMINDER or RECALL_CONTACT; @param status OPEN, DONE or SKIPPED */
    public record FollowUpLine(UUID id, UUID sessionId, String clinicId, String kind, LocalDate dueOn, String status) {

        static FollowUpLine of(FollowUp f) {
            return new FollowUpLine(f.id(), f.sessionId(), f.clinicId(), f.kind(), f.dueOn(), f.status());
        }
    }
}
