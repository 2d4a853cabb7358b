package com.clinicchain.inventory.consistency;

import java.util.UUID;

/**
 * One place where the chain's records disagree with each other.
 *
 * @param kind     which two records disagree
 * @param recorded what the stock row says
 * @param expected what the records behind it add up to
 */
record Difference(Kind kind, String clinicId, UUID productId, int recorded, int expected) {

    enum Kind {
        /** The units a stock row holds reserved are not the sum of the open reservations at that clinic and product. */
        RESERVED_UNITS
    }
}
