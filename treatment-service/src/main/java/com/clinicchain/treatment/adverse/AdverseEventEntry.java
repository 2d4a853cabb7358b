package com.clinicchain.treatment.adverse;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One step of an adverse event's course after it was reported, kept as written: a NOTE, or the CLOSED step with its
 * outcome.
 */
public record AdverseEventEntry(UUID adverseEventId, String kind, String outcome, String notes, String writtenBy,
                                Instant writtenAt) {

    static final String NOTE = "NOTE";
    static final String CLOSED = "CLOSED";

    public Response response() {
        return new Response(kind, outcome, notes, writtenBy, writtenAt);
    }

    @Schema(name = "AdverseEventEntry")
    public record Response(String kind, String outcome, String notes, String writtenBy, Instant writtenAt) {
    }
}
