package com.clinicchain.contracts.treatment;

import java.time.Instant;
import java.util.UUID;

/** Inventory reserves {@code expectedUnits} of the product at the clinic when it sees this. */
public record SessionScheduled(UUID sessionId, UUID patientId, String clinicId, UUID productId,
                               int expectedUnits, Instant startsAt) {
}
