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

import com.clinicchain.inventory.InventoryReaders;
import com.clinicchain.inventory.clinic.Clinics;
import com.clinicchain.inventory.product.Products;
import com.clinicchain.inventory.vial.VialFilter;
import com.clinicchain.inventory.vial.VialRecords;
import com.clinicchain.inventory.vialstate.VialStatus;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;

import jakarta.validation.Valid;

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

    @PostMapping("/api/inventory/lots")
    @PreAuthorize("hasAnyRole('manager', 'admin')")
    ResponseEntity<LotResponse> receive(Caller caller, @Valid @RequestBody ReceiveLotRequest request) {
        LotReceiving.Received received = receiving.receive(caller, request);
        return ResponseEntity.created(URI.create("/api/inventory/lots/" + received.lot().id()))
                .body(LotResponse.of(received.lot(), received.unitsPerVial(), received.vialIds(), received.heldAt()));
    }

    @GetMapping("/api/inventory/lots/{id}")
    @PreAuthorize(InventoryReaders.MAY_READ)
    LotResponse get(Caller caller, @PathVariable UUID id) {
        Lot lot = lots.find(caller.chainId(), id).orElseThrow(() -> ProblemException.notFound("lot " + id));
        List<String> heldAt = lots.clinicsHolding(id);
        // staff of a clinic the lot's vials were moved to see it as well as those of the clinic that received it
        if (!InventoryReaders.mayRead(caller, lot.clinicId())
                && heldAt.stream().noneMatch(clinic -> InventoryReaders.mayRead(caller, clinic))) {
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
    @GetMapping("/api/inventory/lots")
    @PreAuthorize(InventoryReaders.MAY_READ)
    PageResponse<HeldLotResponse> lotsAt(Caller caller, @RequestParam(required = false) String clinicId,
                                         @RequestParam(required = false) String lotNumber,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "20") int size) {
        Map<String, LocalDate> today = new HashMap<>();
        return lots.heldAt(caller.chainId(), InventoryReaders.narrowedTo(caller, clinicId),
                        Optional.ofNullable(lotNumber).filter(number -> !number.isBlank()), new PageRequest(page, size))
                .map(lot -> HeldLotResponse.of(lot, today.computeIfAbsent(lot.clinicId(),
                        clinic -> clinics.today(caller.chainId(), clinic, clock))));
    }

    /**
     * The vials at a clinic; {@code status} narrows them to one {@link VialStatus} or to QUARANTINED (the vials a
     * fridge excursion quarantined that are still on the shelf, waiting for a manager's release or discard).
     */
    @GetMapping("/api/inventory/vials")
    @PreAuthorize(InventoryReaders.MAY_READ)
    PageResponse<VialResponse> vialsAt(Caller caller, @RequestParam String clinicId,
                                       @RequestParam(required = false) String status,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "20") int size) {
        InventoryReaders.requireRead(caller, clinicId);
        VialFilter filter = VialFilter.parse(status);
        return vials.atClinic(caller.chainId(), clinicId, filter, new PageRequest(page, size)).map(VialResponse::of);
    }
}
