package com.clinicchain.inventory.stock;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.inventory.InventoryReadPolicy;
import com.clinicchain.kit.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Stock", description = "What each clinic holds.")
@RestController
class StockController {

    private final StockLevels stock;

    StockController(StockLevels stock) {
        this.stock = stock;
    }

    /** One clinic's stock, or without {@code clinicId} the stock of every clinic the caller may see. */
    @Operation(operationId = "listStock", tags = "Stock", summary = "Read the stock",
            description = "One clinic's stock by product, or without `clinicId` the stock of every clinic the caller "
            + "may see. Roles: receptionist, practitioner, manager, admin. Partner scope: "
            + "`inventory.read`. Lists only what the caller's chain holds.")
    @GetMapping("/api/inventory/stock")
    @PreAuthorize(InventoryReadPolicy.MAY_READ)
    List<StockResponse> list(Caller caller, @RequestParam(required = false) String clinicId) {
        if (clinicId == null) {
            return stock.inChain(caller.chainId(), InventoryReadPolicy.visibleClinics(caller)).stream()
                    .map(StockResponse::of).toList();
        }
        InventoryReadPolicy.requireRead(caller, clinicId);
        return stock.atClinic(caller.chainId(), clinicId).stream().map(StockResponse::of).toList();
    }
}
