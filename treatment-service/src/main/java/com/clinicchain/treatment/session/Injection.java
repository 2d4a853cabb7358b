package com.clinicchain.treatment.session;

import java.time.LocalDate;
import java.util.UUID;

/** @param points into how many injection points the units went, or null when not charted */
public record Injection(UUID id, UUID sessionId, TreatmentArea area, int units, UUID vialId, String lotNumber,
                        LocalDate expiryDate, Integer points) {
}
