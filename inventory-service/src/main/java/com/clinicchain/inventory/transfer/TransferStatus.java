package com.clinicchain.inventory.transfer;

/** REQUESTED → IN_TRANSIT → RECEIVED, or CANCELLED before it is received. Plain Java, unit-tested. */
enum TransferStatus {
    REQUESTED, IN_TRANSIT, RECEIVED, CANCELLED;

    boolean mayBecome(TransferStatus next) {
        return switch (next) {
            case IN_TRANSIT -> this == REQUESTED;
            case RECEIVED -> this == IN_TRANSIT;
            case CANCELLED -> this == REQUESTED || this == IN_TRANSIT;
            case REQUESTED -> false;
        };
    }
}
