package com.clinicchain.inventory.vial;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import com.clinicchain.inventory.vialstate.VialStatus;
import com.clinicchain.inventory.vialstate.VialUsability.Unusable;
import com.clinicchain.inventory.vialstate.VialUsability;
import com.clinicchain.kit.problem.ProblemException;

/** Which lifecycle steps a vial may take; a step it may not take is a 409. Plain Java, unit-tested. */
final class VialTransitions {

    private VialTransitions() {
    }

    /** Only a sealed vial that is usable ({@link VialUsability}) is mixed. */
    static void checkReconstitute(Vial vial, Instant now, LocalDate today) {
        if (vial.status() != VialStatus.SEALED) {
            throw ProblemException.conflict("vial-state", "Vial cannot be reconstituted",
                    "vial " + vial.id() + " is " + vial.status() + "; only a SEALED vial can be reconstituted");
        }
        Set<Unusable> unusable = VialUsability.reasons(vial.facts(), now, today);
        if (unusable.contains(Unusable.VIAL_QUARANTINED)) {
            throw ProblemException.conflict("vial-quarantined", "Vial is quarantined",
                    "vial " + vial.id() + " is quarantined (" + vial.quarantineReason() + "); release it first");
        }
        if (unusable.contains(Unusable.LOT_RECALLED) || unusable.contains(Unusable.LOT_QUARANTINED)) {
            throw ProblemException.conflict("lot-blocked", "Lot is blocked",
                    "lot " + vial.lotNumber() + " is " + vial.lotStatus() + "; its vials may not be used");
        }
        if (unusable.contains(Unusable.LOT_EXPIRED)) {
            throw ProblemException.conflict("lot-expired", "Lot has expired",
                    "lot " + vial.lotNumber() + " expired on " + vial.expiryDate() + "; discard the vial instead");
        }
    }

    /** Any vial still holding units may be thrown away; a depleted or discarded one is already gone. */
    static void checkDiscard(Vial vial) {
        if (!vial.status().onTheShelf()) {
            throw ProblemException.conflict("vial-state", "Vial cannot be discarded",
                    "vial " + vial.id() + " is " + vial.status() + " and holds nothing to discard here");
        }
    }

    /**
     * Only a quarantined vial is released, and only while it still holds units: whether a fridge's warm vials are fit
     * for use is decided vial by vial. A quarantine or recall of the whole lot is lifted on the lot, not here.
     */
    static void checkRelease(Vial vial) {
        if (!vial.quarantined() || !vial.status().onTheShelf()) {
            throw ProblemException.conflict("vial-state", "Vial cannot be released",
                    "vial " + vial.id() + " is " + vial.status() + " and not quarantined");
        }
    }

}
