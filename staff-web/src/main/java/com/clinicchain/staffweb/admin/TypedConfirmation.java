package com.clinicchain.staffweb.admin;

import java.util.Locale;

/**
 * An irreversible act (a recall, an erasure) happens only when the person typed what it acts on: the lot number, the
 * patient's record number. Both compare as the platform compares them: trimmed, and without regard to case (lot
 * numbers are the manufacturer's and compare case-insensitively everywhere; record numbers are read aloud and typed).
 */
public final class TypedConfirmation {

    /** @param message why it was refused, in words, or null when confirmed */
    public record Decision(boolean confirmed, String message) {
    }

    private TypedConfirmation() {
    }

    /**
     * @param expected what must be typed (never blank)
     * @param typed    what the person typed
     * @param what     what it is, in words ("the lot number")
     */
    public static Decision check(String expected, String typed, String what) {
        if (expected == null || expected.isBlank()) {
            throw new IllegalArgumentException("nothing to confirm");
        }
        if (typed == null || typed.isBlank()) {
            return new Decision(false, "Type " + what + " to confirm.");
        }
        if (!normalised(expected).equals(normalised(typed))) {
            return new Decision(false, "What was typed is not " + what + " (" + expected.strip() + "): nothing was done.");
        }
        return new Decision(true, null);
    }

    private static String normalised(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }
}
