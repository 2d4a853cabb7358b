package com.clinicchain.contracts.treatment;

import java.time.LocalDate;
import java.util.UUID;

/** @param kind REVIEW (about 14 days after) or REPEAT_REMINDER (from 3 months) */
public record FollowUpScheduled(UUID followUpId, UUID sessionId, UUID patientId, String clinicId, String kind,
                                LocalDate dueOn) {
}
