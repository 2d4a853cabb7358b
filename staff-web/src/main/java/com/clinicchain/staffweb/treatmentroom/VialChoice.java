package com.clinicchain.staffweb.treatmentroom;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.clinicchain.staffweb.scanning.Gs1;

/**
 * Which vial of this clinic a scanned carton is, or why none may be used: the rule of the scan field, in plain
 * Java. Inventory decides what is usable; this only picks among its answers and puts the refusal in words.
 *
 * @param vialId   the vial chosen, or null
 * @param selected true when {@code vialId} may be charted now; a sealed vial is chosen to be reconstituted first
 */
public record VialChoice(UUID vialId, boolean selected, String message) {

    /** What inventory knows of the scanned lot elsewhere: the clinics (of the person's) holding it, why it is blocked. */
    public record LotElsewhere(List<String> clinicIds, String statusReason) {
    }

    static VialChoice refused(String message) {
        return new VialChoice(null, false, message);
    }

    /**
     * @param productId the product whose GTIN was scanned, empty when no product carries it
     * @param atClinic  the vials inventory lists at this clinic, whatever their status
     */
    public static VialChoice of(Gs1 scan, Optional<UUID> productId, String clinicId, List<Vial> atClinic,
                                LotElsewhere elsewhere, LocalDate today, Instant now) {
        if (productId.isEmpty()) {
            return refused("No product carries GTIN " + scan.gtin() + ": this carton is not in the catalogue.");
        }
        String lot = scan.lot().strip();
        List<Vial> ofLot = atClinic.stream().filter(v -> v.productId().equals(productId.get()) && v.sameLot(lot))
                .toList();
        if (ofLot.isEmpty()) {
            List<String> others = elsewhere.clinicIds().stream().filter(c -> !c.equals(clinicId)).toList();
            return refused(others.isEmpty() ? "Unknown lot " + lot + ": no vial of it was delivered to " + clinicId + "."
                    : "Lot " + lot + " is at another clinic (" + String.join(", ", others) + "), not at " + clinicId
                    + ".");
        }
        Optional<Vial> ready = ofLot.stream().filter(Vial::injectable)
                .min(Comparator.comparing(Vial::usableUntil, Comparator.nullsLast(Comparator.naturalOrder())));
        if (ready.isPresent()) {
            return new VialChoice(ready.get().id(), true, "Vial of lot " + lot + " selected ("
                    + ready.get().unitsRemaining() + " U left).");
        }
        Optional<Vial> sealed = ofLot.stream().filter(v -> v.usable() && v.sealed()).findFirst();
        if (sealed.isPresent()) {
            return new VialChoice(sealed.get().id(), false, "Lot " + lot
                    + ": only sealed vials here. Reconstitute one before charting.");
        }
        Vial vial = ofLot.get(0);
        String reason = elsewhere.statusReason() == null ? "" : " (" + elsewhere.statusReason() + ")";
        if ("RECALLED".equals(vial.lotStatus())) {
            return refused("Lot " + lot + " is recalled" + reason + ": it may not be used.");
        }
        if ("QUARANTINED".equals(vial.lotStatus())) {
            return refused("Lot " + lot + " is quarantined" + reason + ": it may not be used until released.");
        }
        // inventory's expiry of the lot is the record; the carton's would only differ on a mislabelled box
        LocalDate expiry = vial.expiryDate() != null ? vial.expiryDate() : scan.expiry();
        if (expiry != null && !expiry.isAfter(today)) {
            return refused("Lot " + lot + " expired on " + expiry + ".");
        }
        Optional<Vial> held = ofLot.stream().filter(v -> v.quarantinedAt() != null).findFirst();
        if (held.isPresent()) {
            return refused("The vials of lot " + lot + " here are quarantined"
                    + (held.get().quarantineReason() == null ? "" : " (" + held.get().quarantineReason() + ")")
                    + ": they may not be used until a manager releases them.");
        }
        if (ofLot.stream().anyMatch(v -> "IN_TRANSIT".equals(v.status()))) {
            return refused("The vials of lot " + lot + " are in transit to another clinic: not on this shelf.");
        }
        if (ofLot.stream().anyMatch(Vial::reconstituted)) {
            return refused("The vials of lot " + lot + " were reconstituted more than 24 h ago: discard them.");
        }
        return refused("The vials of lot " + lot + " here are used up or discarded.");
    }
}
