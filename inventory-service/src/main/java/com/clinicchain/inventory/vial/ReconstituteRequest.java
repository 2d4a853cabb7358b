package com.clinicchain.inventory.vial;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * Saline added, in mL: the label's dilutions run from 1 to 8 mL per 100 U; a syringe reads 0.01 mL at best.
 * {@code reconstitutedAt} is when it was added, for a reconstitution recorded afterwards (the vial was mixed before
 * the first patient and entered later); none means now. See {@link Reconstitution#mixedAt}.
 */
record ReconstituteRequest(
        @NotNull @DecimalMin("0.5") @DecimalMax("10.0") @Digits(integer = 2, fraction = 2) BigDecimal salineMl,
        Instant reconstitutedAt) {
}
