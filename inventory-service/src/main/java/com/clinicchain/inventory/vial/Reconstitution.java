package com.clinicchain.inventory.vial;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import com.clinicchain.inventory.vialstate.VialUsability;
import com.clinicchain.kit.problem.ProblemException;

/**
 * The label's rules for mixing a vial with saline: its strength and when it was mixed (how long it may then be used
 * is {@link VialUsability}'s). Plain Java, unit-tested.
 */
public final class Reconstitution {

    private Reconstitution() {
    }

    /**
     * Units per 0.1 mL, the unit practitioners draw in: 100 U in 2.5 mL gives 4 U per 0.1 mL. Two decimals,
     * as a syringe cannot be read finer.
     */
    public static BigDecimal unitsPerTenthMl(int units, BigDecimal salineMl) {
        if (units <= 0 || salineMl == null || salineMl.signum() <= 0) {
            throw new IllegalArgumentException("units and saline must be positive: " + units + " U, " + salineMl + " mL");
        }
        return BigDecimal.valueOf(units).divide(salineMl.multiply(BigDecimal.TEN), 2, RoundingMode.HALF_UP);
    }

    /**
     * When a vial was mixed: now, or a time stated for a reconstitution recorded afterwards — not in the future, and
     * within the 24 hours (a vial mixed longer ago is already to be discarded, not recorded as usable).
     */
    public static Instant mixedAt(Instant stated, Instant now) {
        if (stated == null) {
            return now;
        }
        if (stated.isAfter(now)) {
            throw ProblemException.invalid("reconstitutedAt", "must not be in the future");
        }
        if (!VialUsability.usableAt(stated, now)) {
            throw ProblemException.invalid("reconstitutedAt", "must be within the last " + VialUsability.MIXED_USABLE_FOR.toHours()
                    + " hours; a vial mixed longer ago is discarded (BEYOND_24H)");
        }
        return stated;
    }
}
