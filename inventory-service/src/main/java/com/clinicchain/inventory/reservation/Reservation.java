package com.clinicchain.inventory.reservation;

import java.time.Instant;
import java.util.UUID;

/**
 * What a session holds, or was refused, keyed by the session: each session gets one answer.
 *
 * @param startsAt when the session begins, as booked; null for reservations recorded before it was kept, and for
 *                 the rows a cancellation or completion writes when no booking was seen
 */
public record Reservation(UUID sessionId, String chainId, String clinicId, UUID productId, int units,
                          ReservationStatus status, String reason, Instant startsAt) {

    /** Refused because the clinic had too few units: it waits for stock (see {@link ServingOrder}). */
    static final String INSUFFICIENT_STOCK = "INSUFFICIENT_STOCK";
    /** Refused for want of stock, and no stock came before the session began: it waits no longer. */
    static final String NO_STOCK_BEFORE_START = "NO_STOCK_BEFORE_START";

    /** The units this reservation still holds on the shelf. */
    int heldUnits() {
        return status == ReservationStatus.RESERVED ? units : 0;
    }

    /** Whether it is on its clinic's waiting list (the same condition as {@link Reservations#lockWaiting}). */
    boolean waiting() {
        return status == ReservationStatus.REJECTED && INSUFFICIENT_STOCK.equals(reason);
    }
}
