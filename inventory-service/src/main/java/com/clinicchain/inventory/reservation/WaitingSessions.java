package com.clinicchain.inventory.reservation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.StockReserved;
import com.clinicchain.inventory.stock.StockLevels;
import com.clinicchain.kit.outbox.Outbox;

/** Sessions refused for want of stock are served when units become available at their clinic ({@link ServingWaitingSessions}). */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class WaitingSessions {

    private static final Logger log = LoggerFactory.getLogger(WaitingSessions.class);

    private final Reservations reservations;
    private final StockLevels stock;
    private final Outbox outbox;
    private final Clock clock;

    WaitingSessions(Reservations reservations, StockLevels stock, Outbox outbox, Clock clock) {
        this.reservations = reservations;
        this.stock = stock;
        this.outbox = outbox;
        this.clock = clock;
    }

    void serve(String chainId, String clinicId, UUID productId) {
        // the stock row's lock first, as every change of the clinic's stock takes it: two arrivals at once serve
        // one after the other, each from what the other left
        if (stock.lock(chainId, clinicId, productId).isEmpty()) {
            return;
        }
        List<Reservation> waiting = reservations.lockWaiting(chainId, clinicId, productId);
        if (waiting.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (Reservation over : ServingOrder.over(waiting, now)) {
            reservations.endWaiting(chainId, over.sessionId(), Reservation.NO_STOCK_BEFORE_START);
            log.info("waiting session {} began before stock came; off the waiting list", over.sessionId());
        }
        int available = stock.availableUnits(chainId, clinicId, productId);
        for (Reservation served : ServingOrder.served(available, waiting, now)) {
            if (!stock.reserve(chainId, clinicId, productId, served.units())) {
                // a vial quarantined since the count (quarantines do not take the stock row's lock): the session
                // keeps waiting rather than the clinic overbooking
                log.warn("waiting session {} fitted {} available units at clinic {} but could not be reserved",
                        served.sessionId(), available, clinicId);
                continue;
            }
            reservations.changeStatus(chainId, served.sessionId(), ReservationStatus.RESERVED);
            outbox.append(Events.INVENTORY_TOPIC, served.sessionId(), chainId,
                    new StockReserved(served.sessionId(), clinicId, productId, served.units()));
            log.info("waiting session {} served with {} units at clinic {}", served.sessionId(), served.units(),
                    clinicId);
        }
    }
}
