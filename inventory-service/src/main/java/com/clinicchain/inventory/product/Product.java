package com.clinicchain.inventory.product;

import java.math.BigDecimal;
import java.util.UUID;

public record Product(UUID id, String brand, String genericName, int unitsPerVial, BigDecimal storageMinC,
                      BigDecimal storageMaxC, String gtin) {
}
