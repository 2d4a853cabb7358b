package com.clinicchain.inventory.vial;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.VialDiscarded;
import com.clinicchain.contracts.inventory.VialReconstituted;
import com.clinicchain.contracts.inventory.VialsReleased;
import com.clinicchain.inventory.InventoryWritePolicy;
import com.clinicchain.inventory.clinic.Clinics;
import com.clinicchain.inventory.stock.AvailableUnits;
import com.clinicchain.inventory.stock.Stock;
import com.clinicchain.inventory.stock.StockLevels;
import com.clinicchain.inventory.threshold.StockAlerts;
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;

/** Mixing and throwing away vials: the vial, the clinic's stock and the event change together or not at all. */
@Service
class VialActions {

    private final VialRecords vials;
    private final StockLevels stock;
    private final StockAlerts alerts;
    private final Outbox outbox;
    private final AvailableUnits available;
    private final Clinics clinics;
    private final Clock clock;

    VialActions(VialRecords vials, StockLevels stock, StockAlerts alerts, Outbox outbox, AvailableUnits available,
                Clinics clinics, Clock clock) {
        this.clinics = clinics;
        this.clock = clock;
        this.available = available;
        this.vials = vials;
        this.stock = stock;
        this.alerts = alerts;
        this.outbox = outbox;
    }

    @Transactional
    Vial reconstitute(Caller caller, UUID vialId, BigDecimal salineMl, Instant statedMixedAt) {
        Vial vial = lockFor(caller, vialId);
        Instant now = clock.instant();
        Instant mixedAt = Reconstitution.mixedAt(statedMixedAt, now);
        VialTransitions.checkReconstitute(vial, now, clinics.today(vial.chainId(), vial.clinicId(), clock));
        BigDecimal strength = Reconstitution.unitsPerTenthMl(vial.unitsRemaining(), salineMl);
        vials.reconstituted(vial.id(), mixedAt, caller.username(), salineMl, strength);
        outbox.append(Events.INVENTORY_TOPIC, vial.id(), vial.chainId(),
                new VialReconstituted(vial.id(), vial.lotId(), vial.clinicId(), mixedAt, salineMl, strength));
        return vials.find(caller.chainId(), vialId).orElseThrow();
    }

    @Transactional
    Vial discard(Caller caller, UUID vialId, DiscardReason reason, String note) {
        Vial vial = lockFor(caller, vialId);
        VialTransitions.checkDiscard(vial);
        int units = vial.unitsRemaining();
        Stock level = stock.lock(vial.chainId(), vial.clinicId(), vial.productId()).orElse(Stock.EMPTY);
        // a stock row that shows fewer units than the vial holds is wrong; the vial is what is thrown away
        int fromShelf = Math.min(units, level.onHandUnits());
        if (fromShelf > 0) {
            Stock after = level.remove(fromShelf).orElseThrow(() -> ProblemException.conflict(
                    "stock-reserved", "Units are reserved", "discarding " + units + " units would leave fewer on hand ("
                            + (level.onHandUnits() - units) + ") than sessions have reserved (" + level.reservedUnits()
                            + "); cancel or move a session first"));
            stock.save(vial.chainId(), vial.clinicId(), vial.productId(), after);
        }
        vials.discarded(vial.id(), clock.instant(), caller.username(), reason, note, units);
        outbox.append(Events.INVENTORY_TOPIC, vial.id(), vial.chainId(), new VialDiscarded(vial.id(), vial.lotId(),
                vial.clinicId(), vial.productId(), reason.name(), units));
        alerts.check(vial.chainId(), vial.clinicId(), vial.productId());
        return vials.find(caller.chainId(), vialId).orElseThrow();
    }

    /** A manager of the vial's clinic judged a quarantined vial fit for use again; its lot's own state still counts. */
    @Transactional
    Vial release(Caller caller, UUID vialId, String reason) {
        Vial vial = vials.lock(caller.chainId(), vialId).orElseThrow(() -> ProblemException.notFound("vial " + vialId));
        if (!InventoryWritePolicy.mayManage(caller, vial.clinicId())) {
            throw ProblemException.forbidden("you do not manage clinic " + vial.clinicId());
        }
        VialTransitions.checkRelease(vial);
        vials.released(vial.id());
        outbox.append(Events.INVENTORY_TOPIC, vial.id(), vial.chainId(),
                new VialsReleased(vial.clinicId(), List.of(vial.id()), reason.trim()));
        available.grew(vial.chainId(), vial.clinicId(), vial.productId());
        return vials.find(caller.chainId(), vialId).orElseThrow();
    }

    private Vial lockFor(Caller caller, UUID vialId) {
        Vial vial = vials.lock(caller.chainId(), vialId).orElseThrow(() -> ProblemException.notFound("vial " + vialId));
        if (!InventoryWritePolicy.mayHandleVials(caller, vial.clinicId())) {
            throw ProblemException.forbidden("you do not work with the vials of clinic " + vial.clinicId());
        }
        return vial;
    }
}
