package com.clinicchain.inventory.reservation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which waiting reservations the units now available at a clinic serve. Oldest booking first; a booking too large
 * for what is left is passed over, not waited for, so that a smaller later one is served rather than nobody (units
 * left on the shelf help no patient), and it keeps its place at the head of the line for the next arrival. A session
 * that has begun, or whose start is not known (reservations recorded before the start was kept), is not served:
 * units held for it would be held for nobody.
 */
final class ServingOrder {

    private ServingOrder() {
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
