package com.clinicchain.contracts.inventory;

import java.util.UUID;

/** A cancelled or no-show session's reserved units are available again. */
public record ReservationReleased(UUID sessionId, String clinicId, UUID productId, int units) {
}
