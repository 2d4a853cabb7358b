package com.clinicchain.staffweb.treatmentroom;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One vial as inventory describes it (GET /api/inventory/vials/{id}): whether it may be used now, and once
 * reconstituted its concentration and the end of its 24 hours.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Vial(UUID id, String clinicId, UUID productId, String lotNumber, LocalDate expiryDate, String lotStatus,
                   String status, int unitsRemaining, boolean usable, BigDecimal salineMl, BigDecimal unitsPerTenthMl,
                   Instant usableUntil, Instant quarantinedAt, String quarantineReason) {

    /** The last two hours of a reconstituted vial's 24: shown amber, so that it is used first or thrown away. */
    static final Duration LAST_HOURS = Duration.ofHours(2);

    public boolean reconstituted() {
        return "RECONSTITUTED".equals(status) || "IN_USE".equals(status);
    }

    public boolean sealed() {
        return "SEALED".equals(status);
    }

    /** May be injected now: usable and reconstituted (a sealed vial is reconstituted first). */
    public boolean injectable() {
        return usable && reconstituted();
    }

    public boolean inLastHours(Instant now) {
        return usableUntil != null && Duration.between(now, usableUntil).compareTo(LAST_HOURS) <= 0;
    }

    /** "5 h 07 min", what the countdown starts from before the browser's script takes over. */
    public String timeLeft(Instant now) {
        if (usableUntil == null) {
            return "";
        }
        long minutes = Math.max(0, Duration.between(now, usableUntil).toMinutes());
        return minutes == 0 ? "time is up" : "%d h %02d min".formatted(minutes / 60, minutes % 60);
    }

    public boolean sameLot(String lot) {
        return lotNumber != null && lot != null && lotNumber.strip().equalsIgnoreCase(lot.strip());
    }
}
