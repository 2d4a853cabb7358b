package com.clinicchain.inventory.reservation;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.inventory.stock.AvailableUnits;
import com.clinicchain.inventory.threshold.StockAlerts;

/**
 * What follows every change that may make more units of a product available at a clinic: the sessions waiting there
 * are served, then the threshold judges what is left. Inside that change's transaction, so that the served
 * reservations, their StockReserved events and the threshold's view commit together.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class ServingWaitingSessions implements AvailableUnits {

    private final WaitingSessions waiting;
    private final StockAlerts alerts;

    ServingWaitingSessions(WaitingSessions waiting, StockAlerts alerts) {
        this.waiting = waiting;
        this.alerts = alerts;
    }

    @Override
    public void grew(String chainId, String clinicId, UUID productId) {
        waiting.serve(chainId, clinicId, productId);
        alerts.check(chainId, clinicId, productId);
    }
}
