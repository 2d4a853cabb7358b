package com.clinicchain.contracts.inventory;

import java.util.UUID;

/** Published once each time available stock falls below the clinic's threshold for the product. */
public record StockLow(String clinicId, UUID productId, int availableUnits, int thresholdUnits) {
}
