package com.clinicchain.staffweb.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What the inventory service answers for the dashboard, as far as the dashboard reads it. */
final class StockReadings {

    private StockReadings() {
    }

    /** Available = on hand − reserved − unusable (vials of blocked lots, quarantined vials, past 24 h). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StockLine(String clinicId, UUID productId, String brand, int onHandUnits, int reservedUnits,
                     int unusableUnits, int availableUnits, int sealedVials) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LowStock(String clinicId, UUID productId, String brand, int availableUnits, int minUnits) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ExpiringLot(UUID lotId, String lotNumber, UUID productId, String brand, String clinicId,
                       LocalDate expiryDate, int daysLeft, String status, int vialsOnShelf, int unitsOnShelf) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BlockedLot(UUID lotId, String lotNumber, UUID productId, String brand, String clinicId, String status,
                      String reason, String changedBy, Instant changedAt, int vialsOnShelf, int unitsOnShelf) {

        public String changedAtInUtc() {
            return changedAt == null ? "" : CHANGED_AT.format(changedAt);
        }
    }

    private static final DateTimeFormatter CHANGED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** An open session of the treatment service's schedule whose reservation inventory answered SHORT. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record WaitingSession(UUID id, UUID productId, String practitioner, Instant startsAt, int expectedUnits,
                          String status) {
    }

    /** One product of inventory's catalogue, for a session waiting for a product the clinic holds none of. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Product(UUID id, String brand) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page<T>(List<T> items, int page, int size, long totalItems) {
    }
}
