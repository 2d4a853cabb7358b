package com.clinicchain.inventory.threshold;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.inventory.InventoryWritePolicy;
import com.clinicchain.inventory.clinic.ClinicNames;
import com.clinicchain.inventory.clinic.Clinics;
import com.clinicchain.inventory.product.Products;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

@RestController
class ThresholdController {

    private final Thresholds thresholds;
    private final Products products;
    private final StockAlerts alerts;
    private final Clinics clinics;

    ThresholdController(Thresholds thresholds, Products products, StockAlerts alerts, Clinics clinics) {
        this.clinics = clinics;
        this.thresholds = thresholds;
        this.products = products;
        this.alerts = alerts;
    }

    record ThresholdResponse(String clinicId, java.util.UUID productId, int minUnits, boolean below) {
    }

    /** Sets (or changes) a clinic's minimum for a product and checks stock against it at once. */
    @Operation(operationId = "setThreshold", tags = "Stock", summary = "Set a stock threshold",
            description = "Sets (or changes) a clinic's minimum for a product and checks the stock against it at "
            + "once. Roles: manager, admin. Not for partner tokens. Staff act only at their own clinics "
            + "(403 elsewhere); admins and partners at every clinic of their chain.")
    @PutMapping("/api/inventory/thresholds")
    @PreAuthorize(InventoryWritePolicy.MANAGES)
    @Transactional
    public ThresholdResponse set(Caller caller, @Valid @RequestBody SetThresholdRequest request) {
        if (!InventoryWritePolicy.mayManage(caller, request.clinicId())) {
            throw ProblemException.forbidden("you do not manage clinic " + request.clinicId());
        }
        clinics.require(caller.chainId(), ClinicNames.Named.open("clinicId", request.clinicId()));
        if (products.find(request.productId()).isEmpty()) {
            throw ProblemException.invalid("productId", "is not a product of the catalogue");
        }
        thresholds.set(caller.chainId(), request.clinicId(), request.productId(), request.minUnits(),
                caller.username());
        alerts.check(caller.chainId(), request.clinicId(), request.productId());
        Threshold threshold = thresholds.lock(caller.chainId(), request.clinicId(), request.productId()).orElseThrow();
        return new ThresholdResponse(threshold.clinicId(), threshold.productId(), threshold.minUnits(),
                threshold.below());
    }
}
