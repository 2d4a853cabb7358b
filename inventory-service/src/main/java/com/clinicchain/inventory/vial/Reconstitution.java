package com.clinicchain.inventory.vial;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

import com.clinicchain.kit.problem.ProblemException;

/**
 * The label's rules for a vial mixed with saline: its strength and how long it may be used. Plain Java,
 * unit-tested.
 */
public final class Reconstitution {

    /** Botulinum toxin, once reconstituted, is used within 24 hours (then it is discarded as BEYOND_24H). */
    public static final Duration USABLE_FOR = Duration.ofHours(24);

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
        if (!usableAt(stated, now)) {
            throw ProblemException.invalid("reconstitutedAt", "must be within the last " + USABLE_FOR.toHours()
                    + " hours; a vial mixed longer ago is discarded (BEYOND_24H)");
        }
        return stated;
    }

    public static Instant usableUntil(Instant reconstitutedAt) {
        return reconstitutedAt.plus(USABLE_FOR);
    }

    /** At exactly 24 hours the vial is already past its window: the label says "within" 24 hours. */
    public static boolean usableAt(Instant reconstitutedAt, Instant now) {
        return now.isBefore(usableUntil(reconstitutedAt));
    }
}
