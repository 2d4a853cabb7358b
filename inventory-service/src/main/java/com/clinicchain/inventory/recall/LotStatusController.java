package com.clinicchain.inventory.recall;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.inventory.InventoryWritePolicy;
import com.clinicchain.inventory.lot.Lot;
import com.clinicchain.kit.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

@RestController
class LotStatusController {

    private final LotStatusChanges changes;

    LotStatusController(LotStatusChanges changes) {
        this.changes = changes;
    }

    record LotStatusResponse(UUID id, String lotNumber, UUID productId, String clinicId,
                             com.clinicchain.inventory.vialstate.LotStatus status, String statusReason) {
        static LotStatusResponse of(Lot lot) {
            return new LotStatusResponse(lot.id(), lot.lotNumber(), lot.productId(), lot.clinicId(), lot.status(),
                    lot.statusReason());
        }
    }

    @Operation(operationId = "recallLot", tags = "Lots", summary = "Recall a lot",
            description = "The maker recalled the lot: its vials are blocked everywhere and the treated patients can "
            + "be listed. Roles: admin. Not for partner tokens. Scoped to the caller's chain: another "
            + "chain's record answers 404, as one that does not exist.")
    @PostMapping("/api/inventory/lots/{id}/recall")
    @PreAuthorize("hasRole('admin')")
    LotStatusResponse recall(Caller caller, @PathVariable UUID id, @Valid @RequestBody LotStatusRequest request) {
        return LotStatusResponse.of(changes.recall(caller, id, request.reason()));
    }

    @Operation(operationId = "quarantineLot", tags = "Lots", summary = "Quarantine a lot",
            description = "Blocks the lot's vials until it is released; 409 when it is recalled. Roles: manager, "
            + "admin. Not for partner tokens. Scoped to the caller's chain: another chain's record "
            + "answers 404, as one that does not exist. Staff act only at their own clinics (403 "
            + "elsewhere); admins and partners at every clinic of their chain.")
    @PostMapping("/api/inventory/lots/{id}/quarantine")
    @PreAuthorize(InventoryWritePolicy.MANAGES)
    LotStatusResponse quarantine(Caller caller, @PathVariable UUID id, @Valid @RequestBody LotStatusRequest request) {
        return LotStatusResponse.of(changes.quarantine(caller, id, request.reason()));
    }

    @Operation(operationId = "releaseLot", tags = "Lots", summary = "Release a quarantined lot",
            description = "The lot is fit for use again; 409 when it is not quarantined. Roles: manager, admin. Not "
            + "for partner tokens. Scoped to the caller's chain: another chain's record answers 404, as "
            + "one that does not exist. Staff act only at their own clinics (403 elsewhere); admins and "
            + "partners at every clinic of their chain.")
    @PostMapping("/api/inventory/lots/{id}/release")
    @PreAuthorize(InventoryWritePolicy.MANAGES)
    LotStatusResponse release(Caller caller, @PathVariable UUID id, @Valid @RequestBody LotStatusRequest request) {
        return LotStatusResponse.of(changes.release(caller, id, request.reason()));
    }
}
