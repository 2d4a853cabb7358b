package com.clinicchain.inventory.stock;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.inventory.InventoryReaders;
import com.clinicchain.kit.security.Caller;

@RestController
class StockController {

    private final StockLevels stock;

    StockController(StockLevels stock) {
        this.stock = stock;
    }

    /** One clinic's stock, or without {@code clinicId} the stock of every clinic the caller may see. */
    @GetMapping("/api/inventory/stock")
    @PreAuthorize(InventoryReaders.MAY_READ)
    List<StockResponse> list(Caller caller, @RequestParam(required = false) String clinicId) {
        if (clinicId == null) {
            return stock.inChain(caller.chainId(), InventoryReaders.visibleClinics(caller)).stream()
                    .map(StockResponse::of).toList();
        }
        InventoryReaders.requireRead(caller, clinicId);
        return stock.atClinic(caller.chainId(), clinicId).stream().map(StockResponse::of).toList();
    }
}
