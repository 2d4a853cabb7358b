package com.clinicchain.inventory.recall;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.LotQuarantined;
import com.clinicchain.contracts.inventory.LotRecalled;
import com.clinicchain.contracts.inventory.LotReleased;
import com.clinicchain.inventory.InventoryWritePolicy;
import com.clinicchain.inventory.lot.Lot;
import com.clinicchain.inventory.lot.Lots;
import com.clinicchain.inventory.stock.AvailableUnits;
import com.clinicchain.inventory.threshold.StockAlerts;
import com.clinicchain.inventory.vialstate.LotStatus;
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;

/**
 * Blocking and unblocking lots. A lot number is unique per product in a chain, so the lot row stands for every
 * vial of it: blocking it blocks them all, at every clinic, in one statement.
 */
@Service
public class LotStatusChanges {

    private final Lots lots;
    private final Outbox outbox;
    private final StockAlerts alerts;
    private final AvailableUnits available;

    LotStatusChanges(Lots lots, Outbox outbox, StockAlerts alerts, AvailableUnits available) {
        this.available = available;
        this.lots = lots;
        this.outbox = outbox;
        this.alerts = alerts;
    }

    /** Chain-wide; the controller lets only admins in. */
    @Transactional
    Lot recall(Caller caller, UUID lotId, String reason) {
        Lot lot = change(lockFor(caller, lotId, false), LotStatus.RECALLED, reason, caller.username());
        outbox.append(Events.INVENTORY_TOPIC, lot.id(), lot.chainId(),
                new LotRecalled(lot.id(), lot.lotNumber(), lot.productId(), reason));
        return lot;
    }

    @Transactional
    Lot quarantine(Caller caller, UUID lotId, String reason) {
        return quarantine(lockFor(caller, lotId, true), reason, caller.username());
    }

    /**
     * A quarantine blocks every vial of the lot, wherever transfers took them; the treatment service blocks a lot
     * per clinic, so each clinic where the lot is hears of it.
     */
    @Transactional
    public Lot quarantine(Lot locked, String reason, String by) {
        Lot lot = change(locked, LotStatus.QUARANTINED, reason, by);
        for (String clinic : clinicsOf(lot)) {
            outbox.append(Events.INVENTORY_TOPIC, lot.id(), lot.chainId(),
                    new LotQuarantined(lot.id(), lot.lotNumber(), lot.productId(), clinic, reason));
        }
        return lot;
    }

    @Transactional
    Lot release(Caller caller, UUID lotId, String reason) {
        Lot lot = change(lockFor(caller, lotId, true), LotStatus.AVAILABLE, reason, caller.username());
        for (String clinic : clinicsOf(lot)) {
            outbox.append(Events.INVENTORY_TOPIC, lot.id(), lot.chainId(),
                    new LotReleased(lot.id(), lot.lotNumber(), clinic, reason));
        }
        return lot;
    }

    /** The clinic that received the lot and every clinic its vials have been moved to. */
    private Set<String> clinicsOf(Lot lot) {
        Set<String> clinics = new TreeSet<>(lots.clinicsHolding(lot.id()));
        clinics.add(lot.clinicId());
        return clinics;
    }

    /** Managers of any clinic where the lot is may quarantine or release it; a recall is the admin's. */
    private Lot lockFor(Caller caller, UUID lotId, boolean clinicManager) {
        Lot lot = lots.lock(caller.chainId(), lotId).orElseThrow(() -> ProblemException.notFound("lot " + lotId));
        if (clinicManager && clinicsOf(lot).stream().noneMatch(clinic -> InventoryWritePolicy.mayManage(caller, clinic))) {
            throw ProblemException.forbidden("you manage no clinic where lot " + lot.lotNumber() + " is");
        }
        return lot;
    }

    private Lot change(Lot lot, LotStatus next, String reason, String by) {
        if (!lot.status().mayBecome(next)) {
            throw ProblemException.conflict("lot-status", "Lot status cannot change",
                    "lot " + lot.lotNumber() + " is " + lot.status() + " and cannot become " + next);
        }
        lots.changeStatus(lot.id(), next, reason.trim(), by);
        // what is available at each clinic holding the lot has just changed; a release makes its vials usable again
        for (String clinic : lots.clinicsHolding(lot.id())) {
            if (next == LotStatus.AVAILABLE) {
                available.grew(lot.chainId(), clinic, lot.productId());
            } else {
                alerts.check(lot.chainId(), clinic, lot.productId());
            }
        }
        return lots.find(lot.chainId(), lot.id()).orElseThrow();
    }
}
