package com.clinicchain.treatment.adverse;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** @param lotNumbers the lots injected in the session, comma-separated as stored */
public record AdverseEvent(UUID id, String clinicId, UUID sessionId, UUID patientId, String type, String severity,
                           boolean serious, Instant onsetAt, String notes, String lotNumbers, String reportedBy,
                           Instant reportedAt) {

    public Response response() {
        return new Response(id, clinicId, sessionId, patientId, type, severity, serious, onsetAt, notes,
                lotNumbers.isEmpty() ? List.of() : Arrays.asList(lotNumbers.split(",")), reportedBy, reportedAt);
    }

    public record Response(UUID id, String clinicId, UUID sessionId, UUID patientId, String type, String severity,
                           boolean serious, Instant onsetAt, String notes, List<String> lotNumbers, String reportedBy,
                           Instant reportedAt) {
    }
}
