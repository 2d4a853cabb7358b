package com.clinicchain.inventory.stock;

import java.util.Optional;

/**
 * Units of one product at one clinic: what is on the shelf and how much of it sessions hold. Never more
 * is held than is on hand, and nothing goes below zero. Plain Java, unit-tested; the database keeps the same
 * rules as check constraints. A delivery and a reservation are single conditional SQL statements in
 * {@link StockLevels} (a reservation also subtracts the units of unusable vials, which only the database knows).
 */
public record Stock(int onHandUnits, int reservedUnits) {

    public static final Stock EMPTY = new Stock(0, 0);

    public Stock {
        if (reservedUnits < 0) {
            throw new IllegalArgumentException("reserved units cannot be negative: " + reservedUnits);
        }
        if (onHandUnits < reservedUnits) {
            throw new IllegalArgumentException(
                    "cannot hold " + reservedUnits + " units with " + onHandUnits + " on hand");
        }
    }

    public int availableUnits() {
        return onHandUnits - reservedUnits;
    }

    /**
     * Units thrown away leave the shelf, but never the units sessions hold: a discard that would leave fewer
     * units than are reserved is refused (empty), so that a booked session is not silently left without stock.
     */
    public Optional<Stock> remove(int units) {
        requirePositive(units);
        return onHandUnits - units >= reservedUnits ? Optional.of(new Stock(onHandUnits - units, reservedUnits))
                : Optional.empty();
    }

    /**
     * Gives a session's hold back. Releasing more than is held releases what is held: a hold that is no
     * longer there must not block the release of the rest.
     */
    public Stock release(int units) {
        requireNotNegative(units);
        return new Stock(onHandUnits, reservedUnits - Math.min(units, reservedUnits));
    }

    /**
     * Units injected leave the shelf and the session's hold ends. The injected units were physically in
     * vials, so they always leave; if what the other sessions hold then exceeds the shelf, their holds are
     * cut to the shelf and the shortfall is reported for someone to resolve.
     *
     * @param usedUnits        units injected, at most what is on hand
     * @param sessionHeldUnits units the session's reservation held (0 if it had none)
     */
    public Consumption consume(int usedUnits, int sessionHeldUnits) {
        requireNotNegative(usedUnits);
        requireNotNegative(sessionHeldUnits);
        if (usedUnits > onHandUnits) {
            throw new IllegalArgumentException("cannot use " + usedUnits + " units with " + onHandUnits + " on hand");
        }
        int onHand = onHandUnits - usedUnits;
        int reserved = reservedUnits - Math.min(sessionHeldUnits, reservedUnits);
        int overcommitted = Math.max(reserved - onHand, 0);
        return new Consumption(new Stock(onHand, reserved - overcommitted), overcommitted);
    }

    /** @param overcommittedUnits units other sessions held that are no longer on the shelf */
    public record Consumption(Stock after, int overcommittedUnits) {
    }

    private static void requirePositive(int units) {
        if (units <= 0) {
            throw new IllegalArgumentException("units must be positive: " + units);
        }
    }

    private static void requireNotNegative(int units) {
        if (units < 0) {
            throw new IllegalArgumentException("units cannot be negative: " + units);
        }
    }
}
