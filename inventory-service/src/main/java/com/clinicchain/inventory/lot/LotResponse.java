package com.clinicchain.inventory.lot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.clinicchain.inventory.vialstate.LotStatus;

/**
 * A manufacturer's lot in the chain. {@code clinicId}, {@code supplier}, {@code receivedBy} and {@code receivedAt} are
 * those of its first delivery; {@code vialCount} counts the vials of every delivery. {@code vialIds} are all its vials
 * when the lot is read, and the vials of that delivery in the answer to a delivery.
 */
public record LotResponse(UUID id, UUID productId, String lotNumber, LocalDate expiryDate, String supplier,
                          String clinicId, int vialCount, int unitsPerVial, String receivedBy, Instant receivedAt,
                          LotStatus status, String statusReason, List<UUID> vialIds, List<String> heldAt) {

    /** @param heldAt the clinics where its vials are now (on the shelf or leaving it): transfers spread a lot */
    static LotResponse of(Lot lot, int unitsPerVial, List<UUID> vialIds, List<String> heldAt) {
        return new LotResponse(lot.id(), lot.productId(), lot.lotNumber(), lot.expiryDate(), lot.supplier(),
                lot.clinicId(), lot.vialCount(), unitsPerVial, lot.receivedBy(), lot.receivedAt(), lot.status(),
                lot.statusReason(), vialIds, heldAt);
    }
}
