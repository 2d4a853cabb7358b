package com.clinicchain.contracts.treatment;

import java.util.List;
import java.util.UUID;

/** Units injected from each vial; inventory consumes them and releases the rest of the reservation. */
public record SessionCompleted(UUID sessionId, UUID patientId, String clinicId, UUID productId,
                               List<VialUse> vialsUsed) {

    public record VialUse(UUID vialId, String lotNumber, int units) {
    }

    public int totalUnits() {
        return vialsUsed.stream().mapToInt(VialUse::units).sum();
    }
}
