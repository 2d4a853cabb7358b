package com.clinicchain.contracts.inventory;

import java.util.UUID;

/** The lot's vials at that clinic may not be used until LotReleased. */
public record LotQuarantined(UUID lotId, String lotNumber, UUID productId, String clinicId, String reason) {
}
