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

import com.clinicchain.inventory.InventoryReadPolicy;
import com.clinicchain.inventory.InventoryWritePolicy;
import com.clinicchain.kit.openapi.Created;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Tag(name = "Transfers", description = "Vials moved between the chain's clinics.")
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

    @Operation(operationId = "requestTransfer", tags = "Transfers", summary = "Request a transfer",
            description = "Asks for vials to be moved to another clinic of the chain; 422 when a vial cannot move. "
            + "Roles: manager, admin. Not for partner tokens. Staff act only at their own clinics (403 "
            + "elsewhere); admins and partners at every clinic of their chain.")
    @Created
    @PostMapping("/api/inventory/transfers")
    @PreAuthorize(InventoryWritePolicy.MANAGES)
    ResponseEntity<TransferResponse> request(Caller caller, @Valid @RequestBody TransferRequests.Request request) {
        Transfer transfer = steps.request(caller, request);
        return ResponseEntity.created(URI.create("/api/inventory/transfers/" + transfer.id())).body(response(transfer));
    }

    @Operation(operationId = "getTransfer", tags = "Transfers", summary = "Read a transfer",
            description = "The transfer with its vials and status. Roles: receptionist, practitioner, manager, admin. "
            + "Partner scope: `inventory.read`. Scoped to the caller's chain: another chain's record "
            + "answers 404, as one that does not exist.")
    @GetMapping("/api/inventory/transfers/{id}")
    @PreAuthorize(InventoryReadPolicy.MAY_READ)
    TransferResponse get(Caller caller, @PathVariable UUID id) {
        Transfer transfer = transfers.find(caller.chainId(), id)
                .orElseThrow(() -> ProblemException.notFound("transfer " + id));
        if (!InventoryReadPolicy.mayRead(caller, transfer.fromClinicId())
                && !InventoryReadPolicy.mayRead(caller, transfer.toClinicId())) {
            throw ProblemException.forbidden("you work at neither clinic of the transfer");
        }
        return response(transfer);
    }

    /**
     * Transfers leaving or reaching the clinic (without {@code clinicId}: any clinic the caller may see), e.g.
     * {@code status=IN_TRANSIT} for the boxes on the road; {@code dispatchedAt} says since when.
     */
    @Operation(operationId = "listTransfers", tags = "Transfers", summary = "List transfers",
            description = "Transfers from or to `clinicId`, optionally of one `status`, a page at a time. Roles: "
            + "receptionist, practitioner, manager, admin. Partner scope: `inventory.read`. Lists only "
            + "what the caller's chain holds.")
    @GetMapping("/api/inventory/transfers")
    @PreAuthorize(InventoryReadPolicy.MAY_READ)
    PageResponse<TransferResponse> list(Caller caller, @RequestParam(required = false) String clinicId,
                                        @RequestParam(required = false) TransferStatus status,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size) {
        return transfers.list(caller.chainId(), InventoryReadPolicy.narrowedTo(caller, clinicId),
                Optional.ofNullable(status), new PageRequest(page, size)).map(this::response);
    }

    @Operation(operationId = "dispatchTransfer", tags = "Transfers", summary = "Dispatch a transfer",
            description = "The vials have left; 409 when the transfer is not requested. Roles: manager, admin. Not "
            + "for partner tokens. Scoped to the caller's chain: another chain's record answers 404, as "
            + "one that does not exist. Staff act only at their own clinics (403 elsewhere); admins and "
            + "partners at every clinic of their chain.")
    @PostMapping("/api/inventory/transfers/{id}/dispatch")
    @PreAuthorize(InventoryWritePolicy.MANAGES)
    TransferResponse dispatch(Caller caller, @PathVariable UUID id) {
        return response(steps.dispatch(caller, id));
    }

    @Operation(operationId = "receiveTransfer", tags = "Transfers", summary = "Receive a transfer",
            description = "The vials have arrived at the receiving clinic; 409 when it is not dispatched. Roles: "
            + "manager, admin. Not for partner tokens. Scoped to the caller's chain: another chain's "
            + "record answers 404, as one that does not exist. Staff act only at their own clinics (403 "
            + "elsewhere); admins and partners at every clinic of their chain.")
    @PostMapping("/api/inventory/transfers/{id}/receive")
    @PreAuthorize(InventoryWritePolicy.MANAGES)
    TransferResponse receive(Caller caller, @PathVariable UUID id) {
        return response(steps.receive(caller, id));
    }

    @Operation(operationId = "cancelTransfer", tags = "Transfers", summary = "Cancel a transfer",
            description = "Cancels a transfer not yet received, with a reason. Roles: manager, admin. Not for partner "
            + "tokens. Scoped to the caller's chain: another chain's record answers 404, as one that does "
            + "not exist. Staff act only at their own clinics (403 elsewhere); admins and partners at "
            + "every clinic of their chain.")
    @PostMapping("/api/inventory/transfers/{id}/cancel")
    @PreAuthorize(InventoryWritePolicy.MANAGES)
    TransferResponse cancel(Caller caller, @PathVariable UUID id, @Valid @RequestBody TransferRequests.Cancel request) {
        return response(steps.cancel(caller, id, request.reason()));
    }

    private TransferResponse response(Transfer t) {
        return new TransferResponse(t.id(), t.fromClinicId(), t.toClinicId(), t.productId(), t.status(), t.units(),
                transfers.vialsOf(t.id()), t.requestedBy(), t.requestedAt(), t.dispatchedBy(), t.dispatchedAt(),
                t.receivedBy(), t.receivedAt(), t.cancelledBy(), t.cancelledAt(), t.cancelReason());
    }
}
