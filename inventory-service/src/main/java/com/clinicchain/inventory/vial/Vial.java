package com.clinicchain.inventory.vial;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.clinicchain.inventory.vialstate.LotStatus;
import com.clinicchain.inventory.vialstate.VialStatus;
import com.clinicchain.inventory.vialstate.VialUsability;

/** A vial with what its lot says about it, as the lifecycle rules need it. */
record Vial(UUID id, String chainId, String clinicId, UUID productId, UUID lotId, String lotNumber,
            LocalDate expiryDate, LotStatus lotStatus, VialStatus status, int unitsRemaining, Instant reconstitutedAt,
            String reconstitutedBy, BigDecimal salineMl, BigDecimal unitsPerTenthMl, String discardReason,
            Instant discardedAt, String discardedBy, Integer discardedUnits, Instant quarantinedAt,
            String quarantineReason) {

    boolean quarantined() {
        return quarantinedAt != null;
    }

    VialUsability.Facts facts() {
        return new VialUsability.Facts(status, lotStatus, quarantined(), expiryDate, reconstitutedAt, unitsRemaining);
    }
}
