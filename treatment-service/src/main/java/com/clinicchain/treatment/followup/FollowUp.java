package com.clinicchain.treatment.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** @param kind REVIEW or REPEAT_REMINDER; @param status OPEN, DONE or SKIPPED */
public record FollowUp(UUID id, String chainId, String clinicId, UUID sessionId, UUID patientId, String kind,
                       LocalDate dueOn, String status, String closedBy, Instant closedAt) {
}
