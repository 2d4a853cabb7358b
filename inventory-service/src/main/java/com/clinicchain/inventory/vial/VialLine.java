package com.clinicchain.inventory.vial;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.clinicchain.inventory.vialstate.VialStatus;

/**
 * A vial as listed: with the lot number and expiry of its lot, the fridge it is in, and the quarantine a fridge
 * excursion put on it (null when none).
 */
public record VialLine(UUID id, String clinicId, UUID productId, UUID lotId, String lotNumber, LocalDate expiryDate,
                       VialStatus status, int unitsRemaining, UUID fridgeId, Instant quarantinedAt,
                       String quarantineReason) {
}
