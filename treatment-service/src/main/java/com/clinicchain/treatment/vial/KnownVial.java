package com.clinicchain.treatment.vial;

import java.time.LocalDate;
import java.util.UUID;

public record KnownVial(UUID vialId, String chainId, String clinicId, UUID productId, UUID lotId, String lotNumber,
                        LocalDate expiryDate, int unitsPerVial) {

    public boolean isExpiredOn(LocalDate day) {
        return !expiryDate.isAfter(day);
    }
}
