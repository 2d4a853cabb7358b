package com.clinicchain.inventory.stock;

import java.util.UUID;

/** Available = on hand − reserved − unusable (vials of blocked lots, reconstituted vials past 24 h), never negative. */
public record StockResponse(String clinicId, UUID productId, String brand, int onHandUnits, int reservedUnits,
                            int unusableUnits, int availableUnits, int sealedVials) {

    static StockResponse of(StockLine line) {
        return new StockResponse(line.clinicId(), line.productId(), line.brand(), line.onHandUnits(),
                line.reservedUnits(), line.unusableUnits(),
                Math.max(line.onHandUnits() - line.reservedUnits() - line.unusableUnits(), 0), line.sealedVials());
    }
}
