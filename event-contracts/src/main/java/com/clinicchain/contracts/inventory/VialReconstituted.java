package com.clinicchain.contracts.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A reconstituted vial is usable for 24 h from {@code reconstitutedAt}. */
public record VialReconstituted(UUID vialId, UUID lotId, String clinicId, Instant reconstitutedAt, BigDecimal salineMl,
                                BigDecimal unitsPerTenthMl) {
}
