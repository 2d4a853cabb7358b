package com.clinicchain.contracts.inventory;

import java.util.UUID;

public record StockConsumed(UUID sessionId, String clinicId, UUID productId, int unitsConsumed,
                            int unitsReleased) {
}
