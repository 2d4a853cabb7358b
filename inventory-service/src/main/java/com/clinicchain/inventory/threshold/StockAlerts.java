package com.clinicchain.inventory.threshold;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.StockLow;
import com.clinicchain.inventory.stock.StockLevels;
import com.clinicchain.kit.outbox.Outbox;

/**
 * Called after every change of a clinic's available stock, inside that change's transaction: publishes StockLow
 * when available stock falls below the clinic's minimum, once per crossing.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class StockAlerts {

    private final Thresholds thresholds;
    private final StockLevels stock;
    private final Outbox outbox;

    StockAlerts(Thresholds thresholds, StockLevels stock, Outbox outbox) {
        this.thresholds = thresholds;
        this.stock = stock;
        this.outbox = outbox;
    }

    public void check(String chainId, String clinicId, UUID productId) {
        thresholds.lock(chainId, clinicId, productId).ifPresent(threshold -> {
            int available = stock.availableUnits(chainId, clinicId, productId);
            Crossing crossing = Crossing.of(threshold.below(), available, threshold.minUnits());
            if (crossing == Crossing.NONE) {
                return;
            }
            thresholds.markBelow(chainId, clinicId, productId, crossing == Crossing.FELL_BELOW);
            if (crossing == Crossing.FELL_BELOW) {
                outbox.append(Events.INVENTORY_TOPIC, clinicId + "/" + productId, chainId,
                        new StockLow(clinicId, productId, available, threshold.minUnits()));
            }
        });
    }
}
