package com.clinicchain.contracts.inventory;

import java.util.UUID;

/** @param reason EXPIRED, BEYOND_24H, CONTAMINATED, DROPPED or OTHER */
public record VialDiscarded(UUID vialId, UUID lotId, String clinicId, UUID productId, String reason,
                            int unitsDiscarded) {
}
