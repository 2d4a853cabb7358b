package com.clinicchain.inventory.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The rows of the manager's views. */
final class ReportLines {

    private ReportLines() {
    }

    record ExpiringLot(UUID lotId, String lotNumber, UUID productId, String brand, String clinicId,
                       LocalDate expiryDate, int daysLeft, String status, int vialsOnShelf, int unitsOnShelf) {
    }

    record BlockedLot(UUID lotId, String lotNumber, UUID productId, String brand, String clinicId, String status,
                      String reason, String changedBy, Instant changedAt, int vialsOnShelf, int unitsOnShelf) {
    }

    record LowStock(String clinicId, UUID productId, String brand, int availableUnits, int minUnits) {
    }

    record WasteLine(String clinicId, UUID productId, String brand, String reason, int vials, int units) {
    }

    /**
     * Discarded units by clinic, product and reason, for vials discarded on the days {@code from} to {@code to}, both
     * included, each on its clinic's calendar.
     */
    record Waste(LocalDate from, LocalDate to, int totalUnits, List<WasteLine> lines) {
    }
}
