package com.clinicchain.inventory.coldchain;

import java.time.Instant;
import java.util.UUID;

record Fridge(UUID id, String chainId, String clinicId, String name, String createdBy, Instant createdAt,
              Instant excursionStartedAt, Instant lastReadingAt, Instant silentSince) {
}
