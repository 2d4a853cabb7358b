package com.clinicchain.inventory.coldchain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

record TemperatureReading(UUID id, UUID fridgeId, BigDecimal celsius, Instant measuredAt, String recordedBy,
                          Instant recordedAt, boolean inRange) {
}
