package com.clinicchain.treatment.adverse;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A follow-up note on an open adverse event (a call, a review, a photo taken). */
public record AdverseEventNoteRequest(@NotBlank @Size(max = 2000) String notes) {
}
