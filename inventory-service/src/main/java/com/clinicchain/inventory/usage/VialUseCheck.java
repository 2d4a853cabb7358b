package com.clinicchain.inventory.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.clinicchain.inventory.vialstate.VialState;
import com.clinicchain.inventory.vialstate.VialStatus;
import com.clinicchain.inventory.vialstate.VialUsability;

/**
 * Why units charted against a vial could not be drawn from it, in the order a manager would look: first what the
 * chart says, then where the vial is, then why it may not be used ({@link VialUsability}, in its order). Plain Java,
 * unit-tested; the draw itself stays one conditional update, this only explains a refusal.
 */
public final class VialUseCheck {

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
        return VialUsability.reasonsNotToDraw(new VialUsability.Facts(VialStatus.valueOf(v.status()), v.lotStatus(),
                        v.quarantined(), v.expiryDate(), v.reconstitutedAt(), v.unitsRemaining()), units, now, today)
                .stream().findFirst().map(VialUseCheck::kind);
    }

    private static DiscrepancyKind kind(VialUsability.Unusable reason) {
        return switch (reason) {
            case NOT_ON_SHELF -> DiscrepancyKind.NOT_ON_SHELF;
            case LOT_RECALLED -> DiscrepancyKind.LOT_RECALLED;
            case LOT_QUARANTINED -> DiscrepancyKind.LOT_QUARANTINED;
            case VIAL_QUARANTINED -> DiscrepancyKind.VIAL_QUARANTINED;
            case LOT_EXPIRED -> DiscrepancyKind.LOT_EXPIRED;
            case PAST_24_HOURS -> DiscrepancyKind.PAST_24_HOURS;
            case NOT_ENOUGH_UNITS -> DiscrepancyKind.NOT_ENOUGH_UNITS;
        };
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
