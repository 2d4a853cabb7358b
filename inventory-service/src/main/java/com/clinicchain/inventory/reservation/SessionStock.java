package com.clinicchain.inventory.reservation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.ReservationRejected;
import com.clinicchain.contracts.inventory.StockConsumed;
import com.clinicchain.contracts.inventory.StockReserved;
import com.clinicchain.contracts.treatment.SessionCancelled;
import com.clinicchain.contracts.treatment.SessionCompleted;
import com.clinicchain.contracts.treatment.SessionScheduled;
import com.clinicchain.inventory.clinic.Clinics;
import com.clinicchain.inventory.product.Products;
import com.clinicchain.inventory.stock.AvailableUnits;
import com.clinicchain.inventory.stock.Stock;
import com.clinicchain.inventory.stock.StockLevels;
import com.clinicchain.inventory.threshold.StockAlerts;
import com.clinicchain.inventory.usage.DiscrepancyKind;
import com.clinicchain.inventory.usage.SessionTally;
import com.clinicchain.inventory.usage.SessionUsages;
import com.clinicchain.inventory.usage.VialUseCheck;
import com.clinicchain.inventory.vial.VialRecords;
import com.clinicchain.inventory.vialstate.VialState;
import com.clinicchain.kit.inbox.PoisonEventException;
import com.clinicchain.kit.outbox.Outbox;

/**
 * The stock side of a session's life: hold units when it is booked, give them back when it is cancelled,
 * take them from the vials when it is done. Each method runs inside the inbox's transaction, so its effect,
 * its event and the record that the event was applied commit together. Logs name ids only, never patients.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class SessionStock {

    static final String UNKNOWN_PRODUCT = "UNKNOWN_PRODUCT";
    static final String INVALID_UNITS = "INVALID_UNITS";

    private static final Logger log = LoggerFactory.getLogger(SessionStock.class);

    private final Reservations reservations;
    private final StockLevels stock;
    private final VialRecords vials;
    private final Products products;
    private final Outbox outbox;
    private final StockAlerts alerts;
    private final SessionUsages usages;
    private final AvailableUnits available;
    private final Clinics clinics;
    private final Clock clock;

    SessionStock(Reservations reservations, StockLevels stock, VialRecords vials, Products products, Outbox outbox,
                 StockAlerts alerts, SessionUsages usages, AvailableUnits available, Clinics clinics,
                 Clock clock) {
        this.clinics = clinics;
        this.clock = clock;
        this.available = available;
        this.reservations = reservations;
        this.stock = stock;
        this.vials = vials;
        this.products = products;
        this.outbox = outbox;
        this.alerts = alerts;
        this.usages = usages;
    }

    void scheduled(String chainId, SessionScheduled session) {
        require(chainId, session.sessionId(), session.clinicId(), session.productId());
        UUID sessionId = session.sessionId();
        if (reservations.lock(chainId, sessionId).isPresent()) {
            log.info("session {} already has a stock answer, ignoring its scheduling again", sessionId);
            return;
        }
        String refusal = null;
        if (session.expectedUnits() <= 0) {
            refusal = INVALID_UNITS;
        } else if (products.find(session.productId()).isEmpty()) {
            refusal = UNKNOWN_PRODUCT;
        } else {
            // the stock row stays locked until this answer commits: a delivery landing meanwhile waits, then finds
            // this session on the waiting list if it was refused
            stock.lock(chainId, session.clinicId(), session.productId());
            if (!stock.reserve(chainId, session.clinicId(), session.productId(), session.expectedUnits())) {
                refusal = Reservation.INSUFFICIENT_STOCK;
            }
        }
        reservations.insert(new Reservation(sessionId, chainId, session.clinicId(), session.productId(),
                session.expectedUnits(), refusal == null ? ReservationStatus.RESERVED : ReservationStatus.REJECTED,
                refusal, session.startsAt()));
        if (refusal == null) {
            outbox.append(Events.INVENTORY_TOPIC, sessionId, chainId, new StockReserved(sessionId,
                    session.clinicId(), session.productId(), session.expectedUnits()));
            alerts.check(chainId, session.clinicId(), session.productId());
        } else {
            log.info("reservation for session {} refused: {}", sessionId, refusal);
            outbox.append(Events.INVENTORY_TOPIC, sessionId, chainId, new ReservationRejected(sessionId,
                    session.clinicId(), session.productId(), session.expectedUnits(), refusal));
        }
    }

    void cancelled(String chainId, SessionCancelled session) {
        require(chainId, session.sessionId(), session.clinicId(), session.productId());
        UUID sessionId = session.sessionId();
        var found = reservations.lock(chainId, sessionId);
        if (found.isEmpty()) {
            // cancelled before we saw it booked: remember, so a late booking event holds nothing
            reservations.insert(new Reservation(sessionId, chainId, session.clinicId(), session.productId(), 0,
                    ReservationStatus.RELEASED, "CANCELLED_BEFORE_RESERVED", null));
            return;
        }
        Reservation reservation = found.get();
        if (reservation.waiting()) {
            // off the waiting list: stock arriving later must not be held for a session that will not happen
            reservations.changeStatus(chainId, sessionId, ReservationStatus.RELEASED);
            return;
        }
        if (reservation.status() != ReservationStatus.RESERVED) {
            return;
        }
        stock.lock(chainId, reservation.clinicId(), reservation.productId()).ifPresent(level -> stock.save(chainId,
                reservation.clinicId(), reservation.productId(), level.release(reservation.units())));
        reservations.changeStatus(chainId, sessionId, ReservationStatus.RELEASED);
        available.grew(chainId, reservation.clinicId(), reservation.productId());
    }

    void completed(String chainId, Instant completedAt, SessionCompleted session) {
        require(chainId, session.sessionId(), session.clinicId(), session.productId());
        UUID sessionId = session.sessionId();
        var found = reservations.lock(chainId, sessionId);
        if (found.isPresent() && found.get().status() == ReservationStatus.CONSUMED) {
            log.info("session {} was already consumed, ignoring its completion again", sessionId);
            return;
        }
        SessionTally tally = new SessionTally();
        Instant now = clock.instant();
        LocalDate today = clinics.today(chainId, session.clinicId(), clock);
        for (SessionCompleted.VialUse use : session.vialsUsed() == null ? List.<SessionCompleted.VialUse>of()
                : session.vialsUsed()) {
            if (use == null) {
                tally.notDrawn(null, null, 0, DiscrepancyKind.NO_VIAL, "empty line");
                continue;
            }
            OptionalInt left = use.vialId() == null || use.units() <= 0 ? OptionalInt.empty()
                    : vials.draw(chainId, session.clinicId(), session.productId(), use.vialId(), use.units(),
                    now, today);
            if (left.isPresent()) {
                tally.drawn(use.units(), left.getAsInt());
                continue;
            }
            // units charted against a vial the clinic's stock cannot account for: the stock is not touched, the
            // manager finds the line in the reconciliation view
            Optional<VialState> vial = use.vialId() == null ? Optional.empty() : vials.state(chainId, use.vialId());
            DiscrepancyKind kind = VialUseCheck.problem(use.vialId(), use.units(), vial, session.clinicId(),
                    session.productId(), now, today).orElse(DiscrepancyKind.CHANGED_MEANWHILE);
            log.warn("discrepancy: session {} charted {} units of vial {}: {}; not consumed", sessionId, use.units(),
                    use.vialId(), kind);
            tally.notDrawn(use.vialId(), use.lotNumber(), use.units(), kind, VialUseCheck.describe(vial));
        }
        int used = tally.unitsConsumed();
        usages.record(chainId, sessionId, session.clinicId(), session.productId(), session.practitioner(),
                completedAt == null ? now : completedAt, tally);
        int held = found.map(Reservation::heldUnits).orElse(0);
        // the reservation's clinic and product are where its units are held; the vials were drawn where used
        String heldClinic = found.map(Reservation::clinicId).orElse(session.clinicId());
        UUID heldProduct = found.map(Reservation::productId).orElse(session.productId());
        if (held > 0 && !(heldClinic.equals(session.clinicId()) && heldProduct.equals(session.productId()))) {
            stock.lock(chainId, heldClinic, heldProduct)
                    .ifPresent(level -> stock.save(chainId, heldClinic, heldProduct, level.release(held)));
            available.grew(chainId, heldClinic, heldProduct);
            consume(chainId, sessionId, session.clinicId(), session.productId(), used, 0);
        } else {
            consume(chainId, sessionId, session.clinicId(), session.productId(), used, held);
        }
        if (found.isPresent()) {
            reservations.changeStatus(chainId, sessionId, ReservationStatus.CONSUMED);
        } else {
            reservations.insert(new Reservation(sessionId, chainId, session.clinicId(), session.productId(), 0,
                    ReservationStatus.CONSUMED, "COMPLETED_WITHOUT_RESERVATION", null));
        }
        outbox.append(Events.INVENTORY_TOPIC, sessionId, chainId, new StockConsumed(sessionId, session.clinicId(),
                session.productId(), used, Math.max(held - used, 0)));
        // a session that used fewer units than it held leaves the rest for those waiting
        available.grew(chainId, session.clinicId(), session.productId());
    }

    private void consume(String chainId, UUID sessionId, String clinicId, UUID productId, int used, int held) {
        if (used == 0 && held == 0) {
            return;
        }
        Stock level = stock.lock(chainId, clinicId, productId).orElse(Stock.EMPTY);
        if (used > level.onHandUnits()) {
            // vials hold more than the stock row says: the row is wrong, the vials are what was injected
            log.warn("session {} used {} units at clinic {} where stock shows {} on hand; stock set to zero",
                    sessionId, used, clinicId, level.onHandUnits());
            used = level.onHandUnits();
        }
        Stock.Consumption consumption = level.consume(used, held);
        if (consumption.overcommittedUnits() > 0) {
            log.warn("after session {} clinic {} holds {} units more for other sessions than it has of product {}",
                    sessionId, clinicId, consumption.overcommittedUnits(), productId);
        }
        stock.save(chainId, clinicId, productId, consumption.after());
    }

    /** An event without these can never be applied, however often it is retried. */
    private static void require(String chainId, UUID sessionId, String clinicId, UUID productId) {
        if (chainId == null || sessionId == null || clinicId == null || productId == null) {
            throw new PoisonEventException("session event without chain, session, clinic or product", null);
        }
    }
}
