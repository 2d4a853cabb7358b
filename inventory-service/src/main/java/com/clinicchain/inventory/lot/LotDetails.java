package com.clinicchain.inventory.lot;

import java.time.LocalDate;

import com.clinicchain.inventory.vialstate.LotStatus;
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

    /**
     * A delivery of a lot the chain already holds adds vials to it, as long as it is plainly the same manufacturer's
     * lot (one lot has one expiry date) and not one that was recalled: recalled vials are sent back, not booked in.
     */
    static void checkJoins(Lot lot, LocalDate expiryDate) {
        if (lot.status() == LotStatus.RECALLED) {
            throw ProblemException.conflict("lot-recalled", "Lot recalled",
                    "lot " + lot.lotNumber() + " has been recalled; its vials may not be booked in");
        }
        if (!lot.expiryDate().equals(expiryDate)) {
            throw ProblemException.invalid("expiryDate", "lot " + lot.lotNumber() + " of this product expires on "
                    + lot.expiryDate() + "; a lot has one expiry date");
        }
    }

    /** Lot numbers are printed in capitals; typed in lower case they must still be the same lot. */
    static String normaliseLotNumber(String lotNumber) {
        return lotNumber.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
