package com.clinicchain.inventory.vialstate;

/**
 * A blocked lot's vials are not available: not reserved against, not drawn from, not reconstituted. Quarantine
 * is lifted by a release; a recall is final. Plain Java, unit-tested.
 */
public enum LotStatus {
    AVAILABLE, QUARANTINED, RECALLED;

    public boolean blocked() {
        return this != AVAILABLE;
    }

    /** Whether a lot in this status may be put into {@code next}. */
    public boolean mayBecome(LotStatus next) {
        return switch (next) {
            case QUARANTINED -> this == AVAILABLE;
            case AVAILABLE -> this == QUARANTINED;
            case RECALLED -> this != RECALLED;
        };
    }
}
