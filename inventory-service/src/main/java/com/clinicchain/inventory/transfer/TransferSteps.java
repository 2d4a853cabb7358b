package com.clinicchain.inventory.transfer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.VialsDispatched;
import com.clinicchain.contracts.inventory.VialsReturned;
import com.clinicchain.contracts.inventory.VialsTransferred;
import com.clinicchain.inventory.InventoryWritePolicy;
import com.clinicchain.inventory.clinic.ClinicNames;
import com.clinicchain.inventory.clinic.Clinics;
import com.clinicchain.inventory.lot.LotArrivals;
import com.clinicchain.inventory.stock.AvailableUnits;
import com.clinicchain.inventory.stock.Stock;
import com.clinicchain.inventory.stock.StockLevels;
import com.clinicchain.inventory.threshold.StockAlerts;
import com.clinicchain.inventory.vialstate.VialStatus;
import com.clinicchain.inventory.vialstate.VialUsability.Unusable;
import com.clinicchain.inventory.vialstate.VialUsability;
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;

/**
 * The steps of a transfer (request, dispatch, receive, cancel), each checked and applied with the stock and the
 * events; the rows are {@link Transfers}'. Moving sealed vials between clinics. The units leave the sender's stock when the box is dispatched and join the
 * receiver's when it is received; in between they are on nobody's shelf. Each step is one transaction.
 */
@Service
class TransferSteps {

    private final Transfers transfers;
    private final StockLevels stock;
    private final StockAlerts alerts;
    private final Outbox outbox;
    private final LotArrivals arrivals;
    private final AvailableUnits available;
    private final Clinics clinics;
    private final Clock clock;

    TransferSteps(Transfers transfers, StockLevels stock, StockAlerts alerts, Outbox outbox,
                   LotArrivals arrivals, AvailableUnits available, Clinics clinics, Clock clock) {
        this.clinics = clinics;
        this.clock = clock;
        this.available = available;
        this.transfers = transfers;
        this.arrivals = arrivals;
        this.stock = stock;
        this.alerts = alerts;
        this.outbox = outbox;
    }

    @Transactional
    Transfer request(Caller caller, TransferRequests.Request request) {
        if (request.fromClinicId().equals(request.toClinicId())) {
            throw ProblemException.invalid("toClinicId", "must be another clinic than fromClinicId");
        }
        if (!InventoryWritePolicy.mayManage(caller, request.fromClinicId())
                && !InventoryWritePolicy.mayManage(caller, request.toClinicId())) {
            throw ProblemException.forbidden("you manage neither clinic of the transfer");
        }
        // a closed clinic may still send its vials away, but none may be sent to it
        clinics.require(caller.chainId(), ClinicNames.Named.registered("fromClinicId", request.fromClinicId()),
                ClinicNames.Named.open("toClinicId", request.toClinicId()));
        List<UUID> vialIds = List.copyOf(Set.copyOf(request.vialIds()));
        List<Transfers.Candidate> vials = checked(caller.chainId(), request.fromClinicId(), vialIds);
        Transfer transfer = new Transfer(UUID.randomUUID(), caller.chainId(), request.fromClinicId(),
                request.toClinicId(), vials.get(0).productId(), TransferStatus.REQUESTED,
                vials.stream().mapToInt(Transfers.Candidate::unitsRemaining).sum(), caller.username(), null, null,
                null, null, null, null, null, null);
        transfers.insert(transfer, vialIds);
        return transfers.find(caller.chainId(), transfer.id()).orElseThrow();
    }

    @Transactional
    Transfer dispatch(Caller caller, UUID id) {
        Transfer transfer = step(caller, id, TransferStatus.IN_TRANSIT, Transfer::fromClinicId);
        // the vials may have been used, blocked or sent elsewhere since the request
        checked(transfer.chainId(), transfer.fromClinicId(), transfers.vialsOf(id));
        Stock level = stock.lock(transfer.chainId(), transfer.fromClinicId(), transfer.productId()).orElse(Stock.EMPTY);
        Stock after = level.remove(transfer.units()).orElseThrow(() -> ProblemException.conflict("stock-reserved",
                "Units are reserved", "sending " + transfer.units() + " units would leave fewer on hand than sessions at "
                        + transfer.fromClinicId() + " have reserved (" + level.reservedUnits() + ")"));
        stock.save(transfer.chainId(), transfer.fromClinicId(), transfer.productId(), after);
        transfers.placeVials(id, transfer.fromClinicId(), "IN_TRANSIT");
        transfers.move(id, TransferStatus.IN_TRANSIT, "dispatched", caller.username(), null);
        // keyed by the transfer, as its end, so that treatment hears of the dispatch first
        outbox.append(Events.INVENTORY_TOPIC, id, transfer.chainId(), new VialsDispatched(id,
                transfer.fromClinicId(), transfer.toClinicId(), transfer.productId(), transfers.vialsOf(id)));
        alerts.check(transfer.chainId(), transfer.fromClinicId(), transfer.productId());
        return transfers.find(caller.chainId(), id).orElseThrow();
    }

    @Transactional
    Transfer receive(Caller caller, UUID id) {
        Transfer transfer = step(caller, id, TransferStatus.RECEIVED, Transfer::toClinicId);
        transfers.placeVials(id, transfer.toClinicId(), "SEALED");
        transfers.shelveArrived(id);
        arrivals.arrived(transfer.chainId(), transfers.lotsOf(id), transfer.toClinicId());
        stock.receive(transfer.chainId(), transfer.toClinicId(), transfer.productId(), transfer.units());
        transfers.move(id, TransferStatus.RECEIVED, "received", caller.username(), null);
        outbox.append(Events.INVENTORY_TOPIC, id, transfer.chainId(), new VialsTransferred(id,
                transfer.fromClinicId(), transfer.toClinicId(), transfer.productId(), transfers.vialsOf(id)));
        available.grew(transfer.chainId(), transfer.toClinicId(), transfer.productId());
        return transfers.find(caller.chainId(), id).orElseThrow();
    }

    /** Either clinic's manager may call it off; a box already on its way goes back onto the sender's shelf. */
    @Transactional
    Transfer cancel(Caller caller, UUID id, String reason) {
        Transfer transfer = transfers.lock(caller.chainId(), id)
                .orElseThrow(() -> ProblemException.notFound("transfer " + id));
        if (!InventoryWritePolicy.mayManage(caller, transfer.fromClinicId())
                && !InventoryWritePolicy.mayManage(caller, transfer.toClinicId())) {
            throw ProblemException.forbidden("you manage neither clinic of the transfer");
        }
        requireStep(transfer, TransferStatus.CANCELLED);
        if (transfer.status() == TransferStatus.IN_TRANSIT) {
            transfers.placeVials(id, transfer.fromClinicId(), "SEALED");
            stock.receive(transfer.chainId(), transfer.fromClinicId(), transfer.productId(), transfer.units());
            available.grew(transfer.chainId(), transfer.fromClinicId(), transfer.productId());
            outbox.append(Events.INVENTORY_TOPIC, id, transfer.chainId(), new VialsReturned(id,
                    transfer.fromClinicId(), transfer.productId(), transfers.vialsOf(id)));
        }
        transfers.move(id, TransferStatus.CANCELLED, "cancelled", caller.username(), reason.trim());
        return transfers.find(caller.chainId(), id).orElseThrow();
    }

    private Transfer step(Caller caller, UUID id, TransferStatus next,
                          java.util.function.Function<Transfer, String> actingClinic) {
        Transfer transfer = transfers.lock(caller.chainId(), id)
                .orElseThrow(() -> ProblemException.notFound("transfer " + id));
        if (!InventoryWritePolicy.mayManage(caller, actingClinic.apply(transfer))) {
            throw ProblemException.forbidden("you do not manage clinic " + actingClinic.apply(transfer));
        }
        requireStep(transfer, next);
        return transfer;
    }

    private static void requireStep(Transfer transfer, TransferStatus next) {
        if (!transfer.status().mayBecome(next)) {
            throw ProblemException.conflict("transfer-state", "Transfer cannot change",
                    "transfer " + transfer.id() + " is " + transfer.status() + " and cannot become " + next);
        }
    }

    /**
     * Only usable ({@link VialUsability}, on the sending clinic's calendar) sealed vials of one product, at the
     * sending clinic, travel: an opened vial must be used within 24 h where it was opened.
     */
    private List<Transfers.Candidate> checked(String chainId, String fromClinicId, List<UUID> vialIds) {
        List<Transfers.Candidate> vials = transfers.lockVials(chainId, vialIds);
        if (vials.size() != vialIds.size()) {
            throw ProblemException.invalid("vialIds", "names vials that are not of your chain");
        }
        Instant now = clock.instant();
        LocalDate today = clinics.today(chainId, fromClinicId, clock);
        for (Transfers.Candidate vial : vials) {
            if (!vial.clinicId().equals(fromClinicId)) {
                throw ProblemException.invalid("vialIds", "vial " + vial.id() + " is not at clinic " + fromClinicId);
            }
            if (!vial.productId().equals(vials.get(0).productId())) {
                throw ProblemException.invalid("vialIds", "all vials of a transfer must be of one product");
            }
            Set<Unusable> unusable = VialUsability.reasons(vial.facts(), now, today);
            boolean expired = unusable.contains(Unusable.LOT_EXPIRED);
            if (expired || unusable.contains(Unusable.LOT_RECALLED) || unusable.contains(Unusable.LOT_QUARANTINED)) {
                throw ProblemException.conflict("vial-not-transferable", "Vial cannot be transferred", "vial "
                        + vial.id() + " is of lot " + vial.lotNumber() + ", which is "
                        + (expired ? "expired" : vial.lotStatus()));
            }
            if (unusable.contains(Unusable.VIAL_QUARANTINED)) {
                throw ProblemException.conflict("vial-not-transferable", "Vial cannot be transferred",
                        "vial " + vial.id() + " is quarantined; release or discard it first");
            }
            if (vial.status() != VialStatus.SEALED) {
                throw ProblemException.conflict("vial-not-transferable", "Vial cannot be transferred",
                        "vial " + vial.id() + " is " + vial.status() + "; only sealed vials travel");
            }
        }
        return vials;
    }
}
