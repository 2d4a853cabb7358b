package com.clinicchain.inventory.lot;

import java.time.LocalDate;

import com.clinicchain.kit.problem.ProblemException;

/** Rules on a delivery that bean validation cannot say. Plain Java, unit-tested. */
public final class LotDetails {

    private LotDetails() {
    }

    /** A lot that expires today is already unusable for a session booked later today: refuse it at the door. */
    static void checkExpiry(LocalDate expiryDate, LocalDate today) {
        if (!expiryDate.isAfter(today)) {
            throw ProblemException.invalid("expiryDate", "the lot has expired; it must expire after " + today);
        }
    }

    /** Lot numbers are printed in capitals; typed in lower case they must still be the same lot. */
    static String normaliseLotNumber(String lotNumber) {
        return lotNumber.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
