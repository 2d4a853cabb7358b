package com.clinicchain.treatment.adverse;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.clinicchain.kit.problem.ProblemException;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * @param lotNumbers the lots injected in the session, comma-separated as stored
 * @param outcome    null while the event is open; set once, when it is closed
 */
public record AdverseEvent(UUID id, String clinicId, UUID sessionId, UUID patientId, String type, String severity,
                           boolean serious, Instant onsetAt, String notes, String lotNumbers, String reportedBy,
                           Instant reportedAt, String outcome, String closedBy, Instant closedAt) {

    public boolean isClosed() {
        return outcome != null;
    }

    /** A closed event is final: its course is not written on, nor closed a second time with another outcome. */
    void requireOpen() {
        if (isClosed()) {
            throw ProblemException.conflict("adverse-event-closed", "Adverse event already closed",
                    "adverse event " + id + " was closed as " + outcome + " by " + closedBy);
        }
    }

    /** @param history the notes and the closing, oldest first */
    public Response response(List<AdverseEventEntry> history) {
        return new Response(id, clinicId, sessionId, patientId, type, severity, serious, onsetAt, notes,
                lotNumbers.isEmpty() ? List.of() : Arrays.asList(lotNumbers.split(",")), reportedBy, reportedAt,
                isClosed() ? "CLOSED" : "OPEN", outcome, closedBy, closedAt,
                history.stream().map(AdverseEventEntry::response).toList());
    }

    /** @param status OPEN or CLOSED */
    @Schema(name = "AdverseEvent")
    public record Response(UUID id, String clinicId, UUID sessionId, UUID patientId, String type, String severity,
                           boolean serious, Instant onsetAt, String notes, List<String> lotNumbers, String reportedBy,
                           Instant reportedAt, String status, String outcome, String closedBy, Instant closedAt,
                           List<AdverseEventEntry.Response> history) {
    }
}
