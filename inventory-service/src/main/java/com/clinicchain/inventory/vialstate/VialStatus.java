package com.clinicchain.inventory.vialstate;

/**
 * SEALED → RECONSTITUTED → DEPLETED, or DISCARDED from any state before DEPLETED. IN_USE is a vial drawn from
 * without a recorded reconstitution (a session completed with it); it may be discarded like a reconstituted one.
 * IN_TRANSIT: sealed, on its way to another clinic of the chain, on no clinic's shelf.
 */
public enum VialStatus {
    SEALED, RECONSTITUTED, IN_USE, DEPLETED, DISCARDED, IN_TRANSIT;

    /** Whether the vial still holds units that count on the shelf. */
    public boolean onTheShelf() {
        return this == SEALED || this == RECONSTITUTED || this == IN_USE;
    }
}
