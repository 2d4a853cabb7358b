package com.clinicchain.inventory.lot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.clinicchain.inventory.vial.VialLine;
import com.clinicchain.inventory.vialstate.VialStatus;

public record VialResponse(UUID id, String clinicId, UUID productId, UUID lotId, String lotNumber,
                           LocalDate expiryDate, VialStatus status, int unitsRemaining, UUID fridgeId,
                           Instant quarantinedAt, String quarantineReason) {

    static VialResponse of(VialLine vial) {
        return new VialResponse(vial.id(), vial.clinicId(), vial.productId(), vial.lotId(), vial.lotNumber(),
                vial.expiryDate(), vial.status(), vial.unitsRemaining(), vial.fridgeId(), vial.quarantinedAt(),
                vial.quarantineReason());
    }
}
