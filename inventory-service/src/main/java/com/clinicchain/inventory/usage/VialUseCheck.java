package com.clinicchain.inventory.usage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.clinicchain.inventory.lot.LotStatus;
import com.clinicchain.inventory.lot.VialState;
import com.clinicchain.inventory.lot.VialStatus;

/**
 * Why units charted against a vial could not be drawn from it, in the order a manager would look: first what the
 * chart says, then where the vial is and whether it is still on the shelf, then its lot, then its 24 h and what is
 * left. Plain Java, unit-tested; the draw itself stays one conditional update, this only explains a refusal.
 */
public final class VialUseCheck {

    static final Duration USABLE_AFTER_RECONSTITUTION = Duration.ofHours(24);

    private VialUseCheck() {
    }

    /**
     * @param vial the vial as stored now, empty when the chain has no such vial
     * @return the reason, or empty when the vial could give the units
     */
    public static Optional<DiscrepancyKind> problem(UUID vialId, int units, Optional<VialState> vial, String clinicId,
                                                    UUID productId, Instant now, LocalDate today) {
        if (vialId == null) {
            return Optional.of(DiscrepancyKind.NO_VIAL);
        }
        if (units <= 0) {
            return Optional.of(DiscrepancyKind.INVALID_UNITS);
        }
        if (vial.isEmpty()) {
            return Optional.of(DiscrepancyKind.UNKNOWN_VIAL);
        }
        VialState v = vial.get();
        if (!v.clinicId().equals(clinicId)) {
            return Optional.of(DiscrepancyKind.OTHER_CLINIC);
        }
        if (!v.productId().equals(productId)) {
            return Optional.of(DiscrepancyKind.OTHER_PRODUCT);
        }
        if (!VialStatus.valueOf(v.status()).onTheShelf()) {
            return Optional.of(DiscrepancyKind.NOT_ON_SHELF);
        }
        if (v.lotStatus() == LotStatus.RECALLED) {
            return Optional.of(DiscrepancyKind.LOT_RECALLED);
        }
        if (v.lotStatus() == LotStatus.QUARANTINED) {
            return Optional.of(DiscrepancyKind.LOT_QUARANTINED);
        }
        if (v.quarantined()) {
            return Optional.of(DiscrepancyKind.VIAL_QUARANTINED);
        }
        if (!v.expiryDate().isAfter(today)) {
            return Optional.of(DiscrepancyKind.LOT_EXPIRED);
        }
        if (v.reconstitutedAt() != null && !now.isBefore(v.reconstitutedAt().plus(USABLE_AFTER_RECONSTITUTION))) {
            return Optional.of(DiscrepancyKind.PAST_24_HOURS);
        }
        if (v.unitsRemaining() < units) {
            return Optional.of(DiscrepancyKind.NOT_ENOUGH_UNITS);
        }
        return Optional.empty();
    }

    /** The vial's state in a few words, for the discrepancy list; ids and units only. */
    public static String describe(Optional<VialState> vial) {
        return vial.map(v -> "vial " + v.status() + " at " + v.clinicId() + ", " + v.unitsRemaining()
                + " U left; lot " + v.lotNumber() + " " + v.lotStatus() + ", expires " + v.expiryDate()
                + (v.reconstitutedAt() == null ? "" : "; reconstituted " + v.reconstitutedAt())
                + (v.quarantined() ? "; vial quarantined" : ""))
                .orElse("no such vial in the chain");
    }
}
