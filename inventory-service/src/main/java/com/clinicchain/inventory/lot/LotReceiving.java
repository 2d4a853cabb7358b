package com.clinicchain.inventory.lot;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.LotReceived;
import com.clinicchain.inventory.clinic.ClinicNames;
import com.clinicchain.inventory.clinic.Clinics;
import com.clinicchain.inventory.product.Product;
import com.clinicchain.inventory.product.Products;
import com.clinicchain.inventory.stock.AvailableUnits;
import com.clinicchain.inventory.stock.StockLevels;
import com.clinicchain.inventory.vial.VialRecords;
import com.clinicchain.inventory.vialstate.LotStatus;
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;

/**
 * Books a delivery in: the lot (the manufacturer's, created by its first delivery anywhere in the chain), the
 * delivery's sealed vials, the clinic's stock and the LotReceived event, all or nothing.
 */
@Service
class LotReceiving {

    private final Products products;
    private final Lots lots;
    private final VialRecords vials;
    private final StockLevels stock;
    private final Outbox outbox;
    private final LotArrivals arrivals;
    private final AvailableUnits available;
    private final Clinics clinics;
    private final Clock clock;

    LotReceiving(Products products, Lots lots, VialRecords vials, StockLevels stock, Outbox outbox, LotArrivals arrivals,
                 AvailableUnits available, Clinics clinics, Clock clock) {
        this.clock = clock;
        this.clinics = clinics;
        this.available = available;
        this.products = products;
        this.lots = lots;
        this.vials = vials;
        this.stock = stock;
        this.outbox = outbox;
        this.arrivals = arrivals;
    }

    /** @param vialIds the vials this delivery brought; @param heldAt every clinic the lot's vials are at now */
    record Received(Lot lot, int unitsPerVial, List<UUID> vialIds, List<String> heldAt) {
    }

    @Transactional
    Received receive(Caller caller, ReceiveLotRequest request) {
        caller.requireActAt(request.clinicId());
        clinics.require(caller.chainId(), ClinicNames.Named.open("clinicId", request.clinicId()));
        LotDetails.checkExpiry(request.expiryDate(), clinics.today(caller.chainId(), request.clinicId(), clock));
        Product product = products.find(request.productId())
                .orElseThrow(() -> ProblemException.invalid("productId", "is not a product of the catalogue"));
        String lotNumber = LotDetails.normaliseLotNumber(request.lotNumber());
        String supplier = request.supplier().trim();
        boolean first = lots.insertIfAbsent(new Lot(UUID.randomUUID(), caller.chainId(), request.clinicId(),
                product.id(), lotNumber, request.expiryDate(), supplier, request.vialCount(), caller.username(),
                clock.instant(), LotStatus.AVAILABLE, null));
        Lot lot = lots.lockByNumber(caller.chainId(), product.id(), lotNumber).orElseThrow();
        if (!first) {
            LotDetails.checkJoins(lot, request.expiryDate());
            lots.addVials(lot.id(), request.vialCount());
        }
        lots.recordDelivery(UUID.randomUUID(), lot, request.clinicId(), supplier, request.vialCount(),
                caller.username());
        List<UUID> vialIds = vials.addSealed(lot.chainId(), lot.productId(), lot.id(), request.clinicId(),
                request.vialCount(), product.unitsPerVial());
        stock.receive(lot.chainId(), request.clinicId(), product.id(), request.vialCount() * product.unitsPerVial());
        outbox.append(Events.INVENTORY_TOPIC, lot.id(), lot.chainId(), new LotReceived(lot.id(), lot.lotNumber(),
                product.id(), request.clinicId(), lot.expiryDate(), product.unitsPerVial(), vialIds));
        if (!first) {
            // new vials of a quarantined lot are blocked like the others, at this clinic too
            arrivals.arrived(lot.chainId(), List.of(lot.id()), request.clinicId());
        }
        available.grew(lot.chainId(), request.clinicId(), product.id());
        return new Received(lots.find(lot.chainId(), lot.id()).orElseThrow(), product.unitsPerVial(), vialIds,
                lots.clinicsHolding(lot.id()));
    }
}
