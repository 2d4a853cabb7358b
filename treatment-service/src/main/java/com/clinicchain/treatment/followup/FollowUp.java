package com.clinicchain.treatment.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * @param kind   REVIEW, REPEAT_REMINDER or RECALL_CONTACT
 * @param status OPEN, DONE or SKIPPED
 * @param note   what the person who closed it said of it, or null
 */
public record FollowUp(UUID id, String chainId, String clinicId, UUID sessionId, UUID patientId, String kind,
                       LocalDate dueOn, String status, String closedBy, Instant closedAt, String note) {
}
