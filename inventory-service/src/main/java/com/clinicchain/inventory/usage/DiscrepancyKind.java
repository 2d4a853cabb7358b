package com.clinicchain.inventory.usage;

/** Why units charted in a session were not taken from the vial named for them. */
public enum DiscrepancyKind {
    /** The line names no vial. */
    NO_VIAL,
    /** Zero or negative units charted. */
    INVALID_UNITS,
    /** No vial of this chain has that id. */
    UNKNOWN_VIAL,
    /** The vial is at another clinic than the session. */
    OTHER_CLINIC,
    /** The vial holds another product than the session's: units of different products are never mixed. */
    OTHER_PRODUCT,
    LOT_RECALLED,
    LOT_QUARANTINED,
    /** The vial itself was put aside (its fridge ran warm) and not yet released. */
    VIAL_QUARANTINED,
    LOT_EXPIRED,
    /** Reconstituted more than 24 h before. */
    PAST_24_HOURS,
    /** Depleted, discarded or in transit. */
    NOT_ON_SHELF,
    /** The vial holds fewer units than were charted against it. */
    NOT_ENOUGH_UNITS,
    /** Usable when checked again: it changed while the session was being applied. */
    CHANGED_MEANWHILE
}
