package com.clinicchain.staffweb.coldchain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What staff-web reads of inventory's cold chain: only the fields the screen uses. */
final class ColdChainReadings {

    private ColdChainReadings() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Fridge(UUID id, String clinicId, String name, boolean inExcursion, Instant excursionStartedAt,
                  Instant lastReadingAt, boolean silent, Instant silentSince) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reading(BigDecimal celsius, Instant measuredAt, boolean inRange) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Vial(UUID id, String clinicId, UUID lotId, String lotNumber, String expiryDate, String status,
                int unitsRemaining, UUID fridgeId, Instant quarantinedAt, String quarantineReason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page<T>(List<T> items, long totalItems) {
    }
}
