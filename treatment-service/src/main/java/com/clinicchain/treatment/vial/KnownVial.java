package com.clinicchain.treatment.vial;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A vial as inventory's events describe it, with the state of the vial and its lot at this clinic.
 *
 * @param clinicId  where it is on the shelf; null from its dispatch on a transfer until it is received (or the transfer
 *                  is cancelled), since a vial in transit belongs to no clinic
 * @param quarantined     its lot is quarantined at the vial's clinic
 * @param vialQuarantined the vial itself is quarantined (it was in a fridge that ran warm) until it is released
 * @param unitsLeft its size less every unit charted from it in this service's completed sessions
 */
public record KnownVial(UUID vialId, String chainId, String clinicId, UUID productId, UUID lotId, String lotNumber,
                        LocalDate expiryDate, int unitsPerVial, Instant reconstitutedAt, Instant discardedAt,
                        boolean recalled, boolean quarantined, boolean vialQuarantined, int unitsLeft) {

    public boolean isInTransit() {
        return clinicId == null;
    }

    public boolean isExpiredOn(LocalDate day) {
        return !expiryDate.isAfter(day);
    }
}
