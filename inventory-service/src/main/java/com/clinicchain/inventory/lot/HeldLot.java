package com.clinicchain.inventory.lot;

import java.time.LocalDate;
import java.util.UUID;

import com.clinicchain.inventory.vialstate.LotStatus;

/** A lot's vials on one clinic's shelf (sealed, reconstituted or drawn from), counted. */
public record HeldLot(UUID lotId, String clinicId, UUID productId, String brand, String lotNumber,
                      LocalDate expiryDate, LotStatus lotStatus, String statusReason, int vials, int sealedVials,
                      int quarantinedVials, int unitsLeft) {
}
