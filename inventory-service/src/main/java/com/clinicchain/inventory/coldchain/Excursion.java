package com.clinicchain.inventory.coldchain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * The cold-chain rule: toxin is kept at 2–8 °C. A fridge outside that range is in an excursion from its first
 * out-of-range reading until a reading back in range; when an excursion has lasted longer than the allowed time,
 * the vials in the fridge are quarantined. Until a reading shows the fridge back in range it is not known to be: a
 * warm reading followed by silence is an excursion that goes on, and the reading that ends it counts its whole length.
 * Plain Java, unit-tested.
 *
 * @param startedAt   when the excursion began, or null when the fridge is in range
 * @param quarantine  whether the lots in the fridge are now to be quarantined
 */
record Excursion(Instant startedAt, boolean quarantine) {

    static final BigDecimal MIN_CELSIUS = new BigDecimal("2");
    static final BigDecimal MAX_CELSIUS = new BigDecimal("8");

    static boolean inRange(BigDecimal celsius) {
        return celsius.compareTo(MIN_CELSIUS) >= 0 && celsius.compareTo(MAX_CELSIUS) <= 0;
    }

    /**
     * @param startedAt the excursion in progress before this reading, or null
     * @param allowed   how long a fridge may be out of range before its lots are quarantined
     */
    static Excursion after(Instant startedAt, BigDecimal celsius, Instant at, Duration allowed) {
        if (inRange(celsius)) {
            return new Excursion(null, startedAt != null && longerThan(startedAt, at, allowed));
        }
        Instant start = startedAt == null || at.isBefore(startedAt) ? at : startedAt;
        return new Excursion(start, longerThan(start, at, allowed));
    }

    /**
     * With no reading since, whether the excursion in progress has by now lasted longer than allowed.
     *
     * @param startedAt the excursion in progress, or null
     */
    static boolean outTooLongBy(Instant startedAt, Instant now, Duration allowed) {
        return startedAt != null && longerThan(startedAt, now, allowed);
    }

    private static boolean longerThan(Instant start, Instant end, Duration allowed) {
        return Duration.between(start, end).compareTo(allowed) > 0;
    }
}
