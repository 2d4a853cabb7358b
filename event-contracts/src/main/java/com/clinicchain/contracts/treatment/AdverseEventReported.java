package com.clinicchain.contracts.treatment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code serious} is true for eyelid ptosis and dysphagia: managers and admins are alerted. */
public record AdverseEventReported(UUID adverseEventId, UUID sessionId, UUID patientId, String clinicId, String type,
                                   String severity, boolean serious, Instant onsetAt, List<String> lotNumbers) {
}
