package com.clinicchain.contracts.inventory;

import java.util.UUID;

/** Chain-wide: every vial of the lot, at every clinic, is blocked at once. */
public record LotRecalled(UUID lotId, String lotNumber, UUID productId, String reason) {
}
