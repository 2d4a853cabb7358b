package com.clinicchain.contracts.inventory;

import java.util.UUID;

public record ReservationRejected(UUID sessionId, String clinicId, UUID productId, int units, String reason) {
}
