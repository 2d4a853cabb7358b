package com.clinicchain.treatment.followup;

import jakarta.validation.constraints.Size;

/** Closing a follow-up, optionally with a note: "left a message", "booked for March", "patient moved away". */
public record CloseFollowUpRequest(@Size(max = 500) String note) {

    /** A note of only blanks says nothing: none is kept. */
    String noteOrNone() {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
