package com.clinicchain.inventory.vial;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.clinicchain.inventory.vialstate.LotStatus;
import com.clinicchain.inventory.vialstate.VialStatus;
import com.clinicchain.inventory.vialstate.VialUsability;

/** One vial as the clinic sees it, with whether it may be used right now and until when. */
record VialDetails(UUID id, String clinicId, UUID productId, UUID lotId, String lotNumber, LocalDate expiryDate,
                   LotStatus lotStatus, VialStatus status, int unitsRemaining, boolean usable,
                   Instant reconstitutedAt, String reconstitutedBy, BigDecimal salineMl, BigDecimal unitsPerTenthMl,
                   Instant usableUntil, String discardReason, Instant discardedAt, String discardedBy,
                   Integer discardedUnits, Instant quarantinedAt, String quarantineReason) {

    static VialDetails of(Vial vial, Instant now, LocalDate today) {
        return new VialDetails(vial.id(), vial.clinicId(), vial.productId(), vial.lotId(), vial.lotNumber(),
                vial.expiryDate(), vial.lotStatus(), vial.status(), vial.unitsRemaining(),
                VialUsability.usable(vial.facts(), now, today), vial.reconstitutedAt(), vial.reconstitutedBy(),
                vial.salineMl(), vial.unitsPerTenthMl(),
                vial.reconstitutedAt() == null ? null : VialUsability.usableUntil(vial.reconstitutedAt()),
                vial.discardReason(), vial.discardedAt(), vial.discardedBy(), vial.discardedUnits(),
                vial.quarantinedAt(), vial.quarantineReason());
    }
}
