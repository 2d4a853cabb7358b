package com.clinicchain.inventory.lot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.LotReceived;
import com.clinicchain.inventory.product.Product;
import com.clinicchain.inventory.product.Products;
import com.clinicchain.inventory.stock.StockLevels;
import com.clinicchain.inventory.threshold.StockAlerts;
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;

/** Books a delivery in: the lot, its sealed vials, the clinic's stock and the LotReceived event, all or nothing. */
@Service
class LotReceiving {

    private final Products products;
    private final Lots lots;
    private final Vials vials;
    private final StockLevels stock;
    private final Outbox outbox;
    private final StockAlerts alerts;

    LotReceiving(Products products, Lots lots, Vials vials, StockLevels stock, Outbox outbox, StockAlerts alerts) {
        this.alerts = alerts;
        this.products = products;
        this.lots = lots;
        this.vials = vials;
        this.stock = stock;
        this.outbox = outbox;
    }

    record Received(Lot lot, int unitsPerVial, List<UUID> vialIds) {
    }

    @Transactional
    Received receive(Caller caller, ReceiveLotRequest request) {
        caller.requireActAt(request.clinicId());
        LotDetails.checkExpiry(request.expiryDate(), LocalDate.now());
        Product product = products.find(request.productId())
                .orElseThrow(() -> ProblemException.invalid("productId", "is not a product of the catalogue"));
        String lotNumber = LotDetails.normaliseLotNumber(request.lotNumber());
        if (lots.exists(caller.chainId(), product.id(), lotNumber)) {
            throw ProblemException.conflict("lot-exists", "Lot already received",
                    "lot " + lotNumber + " of this product has already been received in your chain");
        }
        Lot lot = new Lot(UUID.randomUUID(), caller.chainId(), request.clinicId(), product.id(), lotNumber,
                request.expiryDate(), request.supplier().trim(), request.vialCount(), caller.username(), Instant.now(),
                LotStatus.AVAILABLE, null);
        lots.insert(lot);
        List<UUID> vialIds = vials.addSealed(lot, product.unitsPerVial());
        stock.receive(lot.chainId(), lot.clinicId(), product.id(), lot.vialCount() * product.unitsPerVial());
        outbox.append(Events.INVENTORY_TOPIC, lot.id(), lot.chainId(), new LotReceived(lot.id(), lot.lotNumber(),
                product.id(), lot.clinicId(), lot.expiryDate(), product.unitsPerVial(), vialIds));
        alerts.check(lot.chainId(), lot.clinicId(), product.id());
        return new Received(lot, product.unitsPerVial(), vialIds);
    }
}
