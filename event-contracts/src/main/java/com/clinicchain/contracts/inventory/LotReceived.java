package com.clinicchain.contracts.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A delivery at a clinic: the treatment service learns which vials exist, of which lot, until when. */
public record LotReceived(UUID lotId, String lotNumber, UUID productId, String clinicId, LocalDate expiryDate,
                          int unitsPerVial, List<UUID> vialIds) {
}
