package com.clinicchain.inventory.stock;

import java.util.UUID;

public record StockResponse(String clinicId, UUID productId, String brand, int onHandUnits, int reservedUnits,
                            int availableUnits, int sealedVials) {

    static StockResponse of(StockLine line) {
        return new StockResponse(line.clinicId(), line.productId(), line.brand(), line.onHandUnits(),
                line.reservedUnits(), line.onHandUnits() - line.reservedUnits(), line.sealedVials());
    }
}
