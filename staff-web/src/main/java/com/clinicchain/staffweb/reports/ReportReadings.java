package com.clinicchain.staffweb.reports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What staff-web reads of inventory's reports (usage, waste, reconciliation): only the fields shown. */
final class ReportReadings {

    private ReportReadings() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ClinicUsage(String clinicId, UUID productId, String brand, int sessions, int unitsConsumed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProductUsage(UUID productId, String brand, int sessions, int unitsConsumed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PractitionerUsage(String practitioner, UUID productId, String brand, int sessions, int unitsConsumed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Usage(List<ProductUsage> byProduct, List<ClinicUsage> byClinic, List<PractitionerUsage> byPractitioner) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record WasteLine(String clinicId, UUID productId, String brand, String reason, int vials, int units) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Waste(int totalUnits, List<WasteLine> lines) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReconciliationLine(String clinicId, UUID productId, String brand, int sessions, int unitsCharted,
                              int unitsConsumed, int unitsUnaccounted, int vialsDepleted, int discrepancies) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reconciliation(List<ReconciliationLine> lines) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DiscrepancyLine(UUID vialId, String lotNumber, int unitsCharted, String kind, String detail) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReconciledSession(UUID sessionId, String clinicId, String brand, String practitioner, Instant completedAt,
                             int unitsCharted, int unitsConsumed, int vialsDepleted,
                             List<DiscrepancyLine> discrepancies) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page<T>(List<T> items, long totalItems) {
    }
}
