package com.clinicchain.inventory.lot;

import java.time.LocalDate;

import com.clinicchain.inventory.vialstate.LotStatus;
import com.clinicchain.inventory.vialstate.VialUsability;

/**
 * What a lot's vials at a clinic are good for, as the manager's list shows it: a recall outranks everything (the
 * vials go back to the maker), an expired lot is waste whatever else is true, a quarantine may still be lifted.
 * Plain Java, unit-tested.
 */
public enum HeldLotStatus {
    USABLE, QUARANTINED, RECALLED, EXPIRED;

    /** Expired as {@link VialUsability#expired} says. */
    static HeldLotStatus of(LotStatus lotStatus, LocalDate expiryDate, LocalDate today) {
        if (lotStatus == LotStatus.RECALLED) {
            return RECALLED;
        }
        if (VialUsability.expired(expiryDate, today)) {
            return EXPIRED;
        }
        return lotStatus == LotStatus.QUARANTINED ? QUARANTINED : USABLE;
    }
}
