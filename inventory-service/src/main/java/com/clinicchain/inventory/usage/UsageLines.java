package com.clinicchain.inventory.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The rows of the usage and reconciliation views. Every line is of one product: units are never summed across. */
final class UsageLines {

    private UsageLines() {
    }

    /** Units consumed from vials by the sessions completed at one clinic. */
    record ClinicUsage(String clinicId, UUID productId, String brand, int sessions, int unitsConsumed) {
    }

    /** The same, over every clinic the caller sees. */
    record ProductUsage(UUID productId, String brand, int sessions, int unitsConsumed) {
    }

    /**
     * Units consumed from vials by the sessions one practitioner completed, over every clinic the caller sees (or the
     * one asked for). {@code practitioner} is null for sessions whose event did not name one (published before it
     * did), so that the lines still add up to the product's total.
     */
    record PractitionerUsage(String practitioner, UUID productId, String brand, int sessions, int unitsConsumed) {
    }

    /** Per product over the clinics, then per clinic and product, then per practitioner and product. */
    record Usage(LocalDate from, LocalDate to, List<ProductUsage> byProduct, List<ClinicUsage> byClinic,
                 List<PractitionerUsage> byPractitioner) {

        Usage withoutPractitioners() {
            return new Usage(from, to, byProduct, byClinic, List.of());
        }
    }

    /** Charted in sessions vs consumed from vials vs vials emptied, at one clinic for one product. */
    record ReconciliationLine(String clinicId, UUID productId, String brand, int sessions, int unitsCharted,
                              int unitsConsumed, int unitsUnaccounted, int vialsDepleted, int discrepancies) {
    }

    record Reconciliation(LocalDate from, LocalDate to, List<ReconciliationLine> lines) {
    }

    record DiscrepancyLine(UUID vialId, String lotNumber, int unitsCharted, DiscrepancyKind kind, String detail) {
    }

    record ReconciledSession(UUID sessionId, String clinicId, UUID productId, String brand, String practitioner,
                             Instant completedAt, int unitsCharted, int unitsConsumed, int vialsDepleted,
                             List<DiscrepancyLine> discrepancies) {

        ReconciledSession withoutPractitioner() {
            return new ReconciledSession(sessionId, clinicId, productId, brand, null, completedAt, unitsCharted,
                    unitsConsumed, vialsDepleted, discrepancies);
        }
    }
}
