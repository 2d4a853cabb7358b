package com.clinicchain.inventory.vial;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** Saline added, in mL: the label's dilutions run from 1 to 8 mL per 100 U; a syringe reads 0.01 mL at best. */
record ReconstituteRequest(
        @NotNull @DecimalMin("0.5") @DecimalMax("10.0") @Digits(integer = 2, fraction = 2) BigDecimal salineMl) {
}
