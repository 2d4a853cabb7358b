package com.clinicchain.inventory.lot;

import java.util.Collection;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.LotQuarantined;
import com.clinicchain.inventory.vialstate.LotStatus;
import com.clinicchain.kit.outbox.Outbox;

/**
 * Vials of quarantined lots reached another clinic (a later delivery, a transfer received): blocked there too, which
 * the treatment service, blocking lots per clinic, must hear.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class LotArrivals {

    private final Lots lots;
    private final Outbox outbox;

    LotArrivals(Lots lots, Outbox outbox) {
        this.lots = lots;
        this.outbox = outbox;
    }

    public void arrived(String chainId, Collection<UUID> lotIds, String clinicId) {
        for (UUID lotId : lotIds) {
            lots.find(chainId, lotId).filter(lot -> lot.status() == LotStatus.QUARANTINED)
                    .ifPresent(lot -> outbox.append(Events.INVENTORY_TOPIC, lot.id(), lot.chainId(), new LotQuarantined(
                            lot.id(), lot.lotNumber(), lot.productId(), clinicId, lot.statusReason())));
        }
    }
}
