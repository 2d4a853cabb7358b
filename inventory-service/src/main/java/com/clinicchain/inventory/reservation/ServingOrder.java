package com.clinicchain.inventory.reservation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which waiting reservations the units now available at a clinic serve. Oldest booking first; a booking too large
 * for what is left is passed over, not waited for, so that a smaller later one is served rather than nobody (units
 * left on the shelf help no patient), and it keeps its place at the head of the line for the next arrival. A session
 * that has begun, or whose start is not known (reservations recorded before the start was kept), is not served:
 * units held for it would be held for nobody; one that has begun leaves the line ({@link #over}).
 */
final class ServingOrder {

    private ServingOrder() {
    }

    /**
     * The waiting reservations whose session has begun: stock arriving now comes too late for them, and kept on the
     * list they would be passed over at every arrival. Those whose start is not known stay: nothing says they are
     * over.
     */
    static List<Reservation> over(List<Reservation> waiting, Instant now) {
        return waiting.stream().filter(reservation -> begun(reservation, now)).toList();
    }

    private static boolean begun(Reservation reservation, Instant now) {
        return reservation.startsAt() != null && !reservation.startsAt().isAfter(now);
    }

    /**
     * @param availableUnits what the clinic may still hold for sessions
     * @param oldestFirst    the clinic's waiting reservations of one product, in booking order
     * @return those to serve, in booking order; together they hold at most {@code availableUnits}
     */
    static List<Reservation> served(int availableUnits, List<Reservation> oldestFirst, Instant now) {
        List<Reservation> served = new ArrayList<>();
        int left = availableUnits;
        for (Reservation waiting : oldestFirst) {
            boolean toCome = waiting.startsAt() != null && waiting.startsAt().isAfter(now);
            if (toCome && waiting.units() > 0 && waiting.units() <= left) {
                served.add(waiting);
                left -= waiting.units();
            }
        }
        return served;
    }
}
