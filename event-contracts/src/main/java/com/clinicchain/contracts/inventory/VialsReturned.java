package com.clinicchain.contracts.inventory;

import java.util.List;
import java.util.UUID;

/** A dispatched transfer was cancelled: its vials are back on the shelf of the clinic that sent them. */
public record VialsReturned(UUID transferId, String clinicId, UUID productId, List<UUID> vialIds) {
}
