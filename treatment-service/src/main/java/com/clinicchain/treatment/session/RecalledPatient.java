package com.clinicchain.treatment.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A completed session in which the patient received units of the recalled lot. */
public record RecalledPatient(UUID patientId, UUID sessionId, String clinicId, Instant completedAt, int units,
                              LocalDate expiryDate) {
}
