package com.clinicchain.inventory.transfer;

import java.time.Instant;
import java.util.UUID;

record Transfer(UUID id, String chainId, String fromClinicId, String toClinicId, UUID productId,
                TransferStatus status, int units, String requestedBy, Instant requestedAt, String dispatchedBy,
                Instant dispatchedAt, String receivedBy, Instant receivedAt, String cancelledBy, Instant cancelledAt,
                String cancelReason) {
}
