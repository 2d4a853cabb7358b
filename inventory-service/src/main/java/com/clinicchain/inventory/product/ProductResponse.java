package com.clinicchain.inventory.product;

import java.math.BigDecimal;
import java.util.UUID;

public record ProductResponse(UUID id, String brand, String genericName, int unitsPerVial, BigDecimal storageMinC,
                              BigDecimal storageMaxC) {

    static ProductResponse of(Product product) {
        return new ProductResponse(product.id(), product.brand(), product.genericName(), product.unitsPerVial(),
                product.storageMinC(), product.storageMaxC());
    }
}
