package com.clinicchain.inventory.lot;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import com.clinicchain.inventory.clinic.Clinics;
import com.clinicchain.inventory.product.Products;
import com.clinicchain.inventory.vial.VialFilter;
import com.clinicchain.inventory.vial.VialRecords;
import com.clinicchain.inventory.vialstate.VialStatus;
import com.clinicchain.kit.openapi.Created;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Tag(name = "Lots", description = "Lots of product received and the vials they hold.")
@RestController
class LotController {

    private final LotReceiving receiving;
    private final Lots lots;
    private final VialRecords vials;
    private final Products products;
    private final Clinics clinics;
    private final Clock clock;

    LotController(LotReceiving receiving, Lots lots, VialRecords vials, Products products, Clinics clinics, Clock clock) {
        this.clock = clock;
        this.clinics = clinics;
        this.receiving = receiving;
        this.lots = lots;
        this.vials = vials;
        this.products = products;
    }

    @Operation(operationId = "receiveLot", tags = "Lots", summary = "Receive a delivery",
            description = "Receives a lot of a product with its vials at a clinic; 422 when the clinic is not the "
            + "chain's or the lot has expired. Roles: manager, admin. Not for partner tokens. Staff act "
            + "only at their own clinics (403 elsewhere); admins and partners at every clinic of their "
            + "chain.")
    @Created
    @PostMapping("/api/inventory/lots")
    @PreAuthorize("hasAnyRole('manager', 'admin')")
    ResponseEntity<LotResponse> receive(Caller caller, @Valid @RequestBody ReceiveLotRequest request) {
        LotReceiving.Received received = receiving.receive(caller, request);
        return ResponseEntity.created(URI.create("/api/inventory/lots/" + received.lot().id()))
                .body(LotResponse.of(received.lot(), received.unitsPerVial(), received.vialIds(), received.heldAt()));
    }

    @Operation(operationId = "getLot", tags = "Lots", summary = "Read a lot",
            description = "The lot with its status and vial counts. Roles: receptionist, practitioner, manager, "
            + "admin. Partner scope: `inventory.read`. Scoped to the caller's chain: another chain's "
            + "record answers 404, as one that does not exist.")
    @GetMapping("/api/inventory/lots/{id}")
    @PreAuthorize(InventoryReadPolicy.MAY_READ)
    LotResponse get(Caller caller, @PathVariable UUID id) {
        Lot lot = lots.find(caller.chainId(), id).orElseThrow(() -> ProblemException.notFound("lot " + id));
        List<String> heldAt = lots.clinicsHolding(id);
        // staff of a clinic the lot's vials were moved to see it as well as those of the clinic that received it
        if (!InventoryReadPolicy.mayRead(caller, lot.clinicId())
                && heldAt.stream().noneMatch(clinic -> InventoryReadPolicy.mayRead(caller, clinic))) {
            throw ProblemException.forbidden("you work at no clinic holding lot " + lot.lotNumber());
        }
        int unitsPerVial = products.find(lot.productId()).orElseThrow().unitsPerVial();
        return LotResponse.of(lot, unitsPerVial, vials.idsOfLot(caller.chainId(), id), heldAt);
    }

    /**
     * The lots a clinic holds (without {@code clinicId}: every clinic the caller may see, one line per lot and
     * clinic), with what is left of each and whether it may be used; {@code lotNumber} finds one lot wherever it is.
     * Expiry is judged on each clinic's own calendar; a clinic the registry has not announced is still listed, on UTC
     * days.
     */
    @Operation(operationId = "listLots", tags = "Lots", summary = "List the lots a clinic holds",
            description = "The lots held at `clinicId`, optionally of one `lotNumber`, a page at a time. Roles: "
            + "receptionist, practitioner, manager, admin. Partner scope: `inventory.read`. Lists only "
            + "what the caller's chain holds.")
    @GetMapping("/api/inventory/lots")
    @PreAuthorize(InventoryReadPolicy.MAY_READ)
    PageResponse<HeldLotResponse> lotsAt(Caller caller, @RequestParam(required = false) String clinicId,
                                         @RequestParam(required = false) String lotNumber,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "20") int size) {
        Map<String, LocalDate> today = new HashMap<>();
        return lots.heldAt(caller.chainId(), InventoryReadPolicy.narrowedTo(caller, clinicId),
                        Optional.ofNullable(lotNumber).filter(number -> !number.isBlank()), new PageRequest(page, size))
                .map(lot -> HeldLotResponse.of(lot, today.computeIfAbsent(lot.clinicId(),
                        clinic -> clinics.today(caller.chainId(), clinic, clock))));
    }

    /**
     * The vials at a clinic; {@code status} narrows them to one {@link VialStatus} or to QUARANTINED (the vials a
     * fridge excursion quarantined that are still on the shelf, waiting for a manager's release or discard).
     */
    @Operation(operationId = "listVials", tags = "Lots", summary = "List a clinic's vials",
            description = "The vials at `clinicId` (required), optionally of one `status`, a page at a time. Roles: "
            + "receptionist, practitioner, manager, admin. Partner scope: `inventory.read`. Lists only "
            + "what the caller's chain holds.")
    @GetMapping("/api/inventory/vials")
    @PreAuthorize(InventoryReadPolicy.MAY_READ)
    PageResponse<VialResponse> vialsAt(Caller caller, @RequestParam String clinicId,
                                       @RequestParam(required = false) String status,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "20") int size) {
        InventoryReadPolicy.requireRead(caller, clinicId);
        VialFilter filter = VialFilter.parse(status);
        return vials.atClinic(caller.chainId(), clinicId, filter, new PageRequest(page, size)).map(VialResponse::of);
    }
}
