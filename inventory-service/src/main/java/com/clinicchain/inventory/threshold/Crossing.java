package com.clinicchain.inventory.threshold;

/**
 * Which way available stock moved across a clinic's minimum. StockLow goes out only on FELL_BELOW, so a clinic
 * hears once when stock runs low, not on every reservation after that. Plain Java, unit-tested.
 */
enum Crossing {
    FELL_BELOW, RECOVERED, NONE;

    /** @param wasBelow the side of the line stock was last seen on */
    static Crossing of(boolean wasBelow, int availableUnits, int minUnits) {
        boolean below = availableUnits < minUnits;
        if (below == wasBelow) {
            return NONE;
        }
        return below ? FELL_BELOW : RECOVERED;
    }
}
