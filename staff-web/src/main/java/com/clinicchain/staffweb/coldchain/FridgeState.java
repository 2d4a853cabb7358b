package com.clinicchain.staffweb.coldchain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * What a manager must know of a fridge at a glance. Silent comes first: a fridge that stopped reporting may be warm
 * for all anyone knows, so its last (perhaps good) temperature must not read as "cold".
 */
enum FridgeState {
    SILENT("Silent", "silent"), OUT_OF_RANGE("Out of 2–8 °C", "out"), COLD("Cold", "cold");

    static final BigDecimal LOW = new BigDecimal("2");
    static final BigDecimal HIGH = new BigDecimal("8");

    private final String words;
    private final String css;

    FridgeState(String words, String css) {
        this.words = words;
        this.css = css;
    }

    /**
     * @param newestAt      when the newest reading was taken, null when the fridge never reported
     * @param newestCelsius that reading
     * @param flaggedSilent inventory's silence watch flagged the fridge
     */
    static FridgeState of(Instant newestAt, BigDecimal newestCelsius, boolean flaggedSilent, Instant now,
                          Duration silentAfter) {
        if (newestAt == null || newestCelsius == null || flaggedSilent
                || Duration.between(newestAt, now).compareTo(silentAfter) > 0) {
            return SILENT;
        }
        return inRange(newestCelsius) ? COLD : OUT_OF_RANGE;
    }

    /** 2–8 °C, both ends included, as inventory judges a reading. */
    static boolean inRange(BigDecimal celsius) {
        return celsius.compareTo(LOW) >= 0 && celsius.compareTo(HIGH) <= 0;
    }

    String words() {
        return words;
    }

    String css() {
        return css;
    }

    /** "40 s ago", "12 min ago", "3 h 05 min ago", "2 days ago"; a reading stamped ahead of this clock reads "just now". */
    static String age(Instant at, Instant now) {
        long seconds = Math.max(0, Duration.between(at, now).toSeconds());
        if (seconds < 60) {
            return seconds + " s ago";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min ago";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " h " + String.format("%02d", minutes % 60) + " min ago";
        }
        return hours / 24 + " days ago";
    }
}
