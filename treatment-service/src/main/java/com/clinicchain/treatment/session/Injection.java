package com.clinicchain.treatment.session;

import java.time.LocalDate;
import java.util.UUID;

public record Injection(UUID id, UUID sessionId, TreatmentArea area, int units, UUID vialId, String lotNumber,
                        LocalDate expiryDate) {
}
