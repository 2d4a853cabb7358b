package com.clinicchain.staffweb.adverseevents;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import com.clinicchain.staffweb.layout.Words;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One adverse event of a session with its course, as {@code /api/sessions/{id}/adverse-events} answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdverseEventView(UUID id, UUID sessionId, String type, String severity, boolean serious,
                               Instant onsetAt, String notes, List<String> lotNumbers, String reportedBy,
                               Instant reportedAt, String status, String outcome, List<Entry> history) {

    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The label's types; ptosis and dysphagia are serious and alert managers. */
    public static final List<String> TYPES = List.of("BRUISING", "SWELLING", "HEADACHE", "EYELID_PTOSIS",
            "DYSPHAGIA", "OTHER");
    public static final List<String> SEVERITIES = List.of("MILD", "MODERATE", "SEVERE");
    public static final List<String> OUTCOMES = List.of("RESOLVED", "RESOLVING", "REFERRED");

    public AdverseEventView {
        lotNumbers = lotNumbers == null ? List.of() : List.copyOf(lotNumbers);
        history = history == null ? List.of() : List.copyOf(history);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String kind, String outcome, String notes, String writtenBy, Instant writtenAt) {

        public String inWords(ZoneId zone) {
            String what = "CLOSED".equals(kind) ? "Closed, " + Words.of(outcome) : "Note";
            return what + " (" + MINUTES.format(writtenAt.atZone(zone)) + ", " + writtenBy + ")"
                    + (notes == null || notes.isBlank() ? "" : ": " + notes);
        }
    }

    public boolean open() {
        return outcome == null && !"CLOSED".equals(status);
    }

    /** "Eyelid ptosis, severe — serious", for the event's heading. */
    public String inWords() {
        return Words.sentence(type) + ", " + Words.of(severity) + (serious ? " — serious" : "");
    }

    public String onsetInZone(ZoneId zone) {
        return MINUTES.format(onsetAt.atZone(zone));
    }

    /** The onset the practitioner typed on the clinic's clock ({@code datetime-local}), as an instant with offset. */
    static String onsetAt(LocalDateTime typed, ZoneId zone) {
        return typed.atZone(zone).toOffsetDateTime().toString();
    }
}
