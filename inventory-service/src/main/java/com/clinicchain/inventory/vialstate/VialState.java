package com.clinicchain.inventory.vialstate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A vial as the usage check sees it: where it is, what is left, and what its lot allows. */
public record VialState(UUID id, String clinicId, UUID productId, String lotNumber, String status,
                        int unitsRemaining, LotStatus lotStatus, LocalDate expiryDate, Instant reconstitutedAt,
                        boolean quarantined) {
}
