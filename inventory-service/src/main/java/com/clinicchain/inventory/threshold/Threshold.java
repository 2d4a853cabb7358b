package com.clinicchain.inventory.threshold;

import java.time.Instant;
import java.util.UUID;

record Threshold(String chainId, String clinicId, UUID productId, int minUnits, boolean below, String setBy,
                 Instant setAt) {
}
