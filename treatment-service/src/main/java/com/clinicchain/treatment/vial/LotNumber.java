package com.clinicchain.treatment.vial;

import java.util.Locale;

/**
 * A lot number is the manufacturer's, written however a delivery note or a clinician types it: it is stored and
 * looked up in one form, trimmed and upper-cased, so that " lot-a1" and "LOT-A1" are the same lot everywhere.
 */
public final class LotNumber {

    private LotNumber() {
    }

    public static String normalised(String lotNumber) {
        return lotNumber.strip().toUpperCase(Locale.ROOT);
    }
}
