package com.clinicchain.inventory.lot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.clinicchain.inventory.vialstate.LotStatus;

public record Lot(UUID id, String chainId, String clinicId, UUID productId, String lotNumber, LocalDate expiryDate,
                  String supplier, int vialCount, String receivedBy, Instant receivedAt, LotStatus status,
                  String statusReason) {
}
