package com.clinicchain.inventory.stock;

import java.util.UUID;

/** One row of a stock listing: a stock level joined with its product and a count of its sealed vials
 * and the units that may not be used (blocked lots, vials past 24 h). */
public record StockLine(String clinicId, UUID productId, String brand, int onHandUnits, int reservedUnits,
                        int sealedVials, int unusableUnits) {
}
