package com.clinicchain.contracts.inventory;

import java.util.UUID;

public record StockReserved(UUID sessionId, String clinicId, UUID productId, int units) {
}
