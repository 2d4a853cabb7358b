package com.clinicchain.inventory.transfer;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.inventory.InventoryReaders;
import com.clinicchain.inventory.InventoryWriters;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;

import jakarta.validation.Valid;

@RestController
class TransferController {

    private final TransferSteps steps;
    private final Transfers transfers;

    TransferController(TransferSteps steps, Transfers transfers) {
        this.steps = steps;
        this.transfers = transfers;
    }

    record TransferResponse(UUID id, String fromClinicId, String toClinicId, UUID productId, TransferStatus status,
                            int units, List<UUID> vialIds, String requestedBy, Instant requestedAt,
                            String dispatchedBy, Instant dispatchedAt, String receivedBy, Instant receivedAt,
                            String cancelledBy, Instant cancelledAt, String cancelReason) {
    }

    @PostMapping("/api/inventory/transfers")
    @PreAuthorize(InventoryWriters.MANAGES)
    ResponseEntity<TransferResponse> request(Caller caller, @Valid @RequestBody TransferRequests.Request request) {
        Transfer transfer = steps.request(caller, request);
        return ResponseEntity.created(URI.create("/api/inventory/transfers/" + transfer.id())).body(response(transfer));
    }

    @GetMapping("/api/inventory/transfers/{id}")
    @PreAuthorize(InventoryReaders.MAY_READ)
    TransferResponse get(Caller caller, @PathVariable UUID id) {
        Transfer transfer = transfers.find(caller.chainId(), id)
                .orElseThrow(() -> ProblemException.notFound("transfer " + id));
        if (!InventoryReaders.mayRead(caller, transfer.fromClinicId())
                && !InventoryReaders.mayRead(caller, transfer.toClinicId())) {
            throw ProblemException.forbidden("you work at neither clinic of the transfer");
        }
        return response(transfer);
    }

    /**
     * Transfers leaving or reaching the clinic (without {@code clinicId}: any clinic the caller may see), e.g.
     * {@code status=IN_TRANSIT} for the boxes on the road; {@code dispatchedAt} says since when.
     */
    @GetMapping("/api/inventory/transfers")
    @PreAuthorize(InventoryReaders.MAY_READ)
    PageResponse<TransferResponse> list(Caller caller, @RequestParam(required = false) String clinicId,
                                        @RequestParam(required = false) TransferStatus status,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size) {
        return transfers.list(caller.chainId(), InventoryReaders.narrowedTo(caller, clinicId),
                Optional.ofNullable(status), new PageRequest(page, size)).map(this::response);
    }

    @PostMapping("/api/inventory/transfers/{id}/dispatch")
    @PreAuthorize(InventoryWriters.MANAGES)
    TransferResponse dispatch(Caller caller, @PathVariable UUID id) {
        return response(steps.dispatch(caller, id));
    }

    @PostMapping("/api/inventory/transfers/{id}/receive")
    @PreAuthorize(InventoryWriters.MANAGES)
    TransferResponse receive(Caller caller, @PathVariable UUID id) {
        return response(steps.receive(caller, id));
    }

    @PostMapping("/api/inventory/transfers/{id}/cancel")
    @PreAuthorize(InventoryWriters.MANAGES)
    TransferResponse cancel(Caller caller, @PathVariable UUID id, @Valid @RequestBody TransferRequests.Cancel request) {
        return response(steps.cancel(caller, id, request.reason()));
    }

    private TransferResponse response(Transfer t) {
        return new TransferResponse(t.id(), t.fromClinicId(), t.toClinicId(), t.productId(), t.status(), t.units(),
                transfers.vialsOf(t.id()), t.requestedBy(), t.requestedAt(), t.dispatchedBy(), t.dispatchedAt(),
                t.receivedBy(), t.receivedAt(), t.cancelledBy(), t.cancelledAt(), t.cancelReason());
    }
}
