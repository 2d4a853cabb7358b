package com.clinicchain.patient.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit trail. Never holds names, birth dates or contact details: only who, what, when. */
public record AccessEntry(long id, UUID patientId, String actorId, String actorUsername, String actorRoles,
                          String clientId, boolean partner, AccessAction action, AccessOutcome outcome, Instant at,
                          String correlationId) {
}
