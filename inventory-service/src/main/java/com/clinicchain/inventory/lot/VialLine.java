package com.clinicchain.inventory.lot;

import java.time.LocalDate;
import java.util.UUID;

/** A vial as listed: with the lot number and expiry of its lot. */
public record VialLine(UUID id, String clinicId, UUID productId, UUID lotId, String lotNumber, LocalDate expiryDate,
                       VialStatus status, int unitsRemaining) {
}
