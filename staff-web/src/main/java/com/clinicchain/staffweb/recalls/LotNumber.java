package com.clinicchain.staffweb.recalls;

import java.util.Locale;

/**
 * A lot number as the platform compares it everywhere (trimmed, upper case), so that the page, its links and the CSV's
 * file name name the lot one way whatever case the admin typed it in.
 */
final class LotNumber {

    private LotNumber() {
    }

    static String normalised(String typed) {
        return typed.strip().toUpperCase(Locale.ROOT);
    }
}
