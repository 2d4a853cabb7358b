package com.clinicchain.inventory.product;

import java.math.BigDecimal;
import java.util.UUID;

/** @param gtin the GS1 GTIN-14 printed on the carton, so that a scan finds the product; null when not known */
public record ProductResponse(UUID id, String brand, String genericName, int unitsPerVial, BigDecimal storageMinC,
                              BigDecimal storageMaxC, String gtin) {

    static ProductResponse of(Product product) {
        return new ProductResponse(product.id(), product.brand(), product.genericName(), product.unitsPerVial(),
                product.storageMinC(), product.storageMaxC(), product.gtin());
    }
}
