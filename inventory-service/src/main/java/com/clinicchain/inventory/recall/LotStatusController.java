package com.clinicchain.inventory.recall;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.inventory.InventoryWriters;
import com.clinicchain.inventory.lot.Lot;
import com.clinicchain.kit.security.Caller;

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

    @PostMapping("/api/inventory/lots/{id}/recall")
    @PreAuthorize("hasRole('admin')")
    LotStatusResponse recall(Caller caller, @PathVariable UUID id, @Valid @RequestBody LotStatusRequest request) {
        return LotStatusResponse.of(changes.recall(caller, id, request.reason()));
    }

    @PostMapping("/api/inventory/lots/{id}/quarantine")
    @PreAuthorize(InventoryWriters.MANAGES)
    LotStatusResponse quarantine(Caller caller, @PathVariable UUID id, @Valid @RequestBody LotStatusRequest request) {
        return LotStatusResponse.of(changes.quarantine(caller, id, request.reason()));
    }

    @PostMapping("/api/inventory/lots/{id}/release")
    @PreAuthorize(InventoryWriters.MANAGES)
    LotStatusResponse release(Caller caller, @PathVariable UUID id, @Valid @RequestBody LotStatusRequest request) {
        return LotStatusResponse.of(changes.release(caller, id, request.reason()));
    }
}
