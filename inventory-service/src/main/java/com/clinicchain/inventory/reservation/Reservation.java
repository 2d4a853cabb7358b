package com.clinicchain.inventory.reservation;

import java.util.UUID;

/** What a session holds, or was refused, keyed by the session: each session gets one answer. */
public record Reservation(UUID sessionId, String chainId, String clinicId, UUID productId, int units,
                          ReservationStatus status, String reason) {

    /** The units this reservation still holds on the shelf. */
    int heldUnits() {
        return status == ReservationStatus.RESERVED ? units : 0;
    }
}
