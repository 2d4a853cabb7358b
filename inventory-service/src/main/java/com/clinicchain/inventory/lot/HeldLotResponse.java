package com.clinicchain.inventory.lot;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a clinic's lots: {@code vials} are the vials on its shelf (sealed, reconstituted or drawn from, not
 * those in transit), {@code quarantinedVials} those of them a fridge excursion put aside until a manager releases them,
 * {@code unitsLeft} the units they all still hold.
 */
public record HeldLotResponse(UUID lotId, String clinicId, UUID productId, String brand, String lotNumber,
                              LocalDate expiryDate, HeldLotStatus status, String statusReason, int vials,
                              int sealedVials, int quarantinedVials, int unitsLeft) {

    static HeldLotResponse of(HeldLot lot, LocalDate today) {
        return new HeldLotResponse(lot.lotId(), lot.clinicId(), lot.productId(), lot.brand(), lot.lotNumber(),
                lot.expiryDate(), HeldLotStatus.of(lot.lotStatus(), lot.expiryDate(), today), lot.statusReason(),
                lot.vials(), lot.sealedVials(), lot.quarantinedVials(), lot.unitsLeft());
    }
}
