package com.clinicchain.inventory.vial;

import java.time.Clock;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.inventory.InventoryReaders;
import com.clinicchain.inventory.InventoryWriters;
import com.clinicchain.inventory.clinic.Clinics;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;

import jakarta.validation.Valid;

@RestController
class VialController {

    private final VialActions actions;
    private final VialRecords vials;
    private final Clinics clinics;
    private final Clock clock;

    VialController(VialActions actions, VialRecords vials, Clinics clinics, Clock clock) {
        this.clinics = clinics;
        this.clock = clock;
        this.actions = actions;
        this.vials = vials;
    }

    @GetMapping("/api/inventory/vials/{id}")
    @PreAuthorize(InventoryReaders.MAY_READ)
    VialDetails get(Caller caller, @PathVariable UUID id) {
        Vial vial = vials.find(caller.chainId(), id).orElseThrow(() -> ProblemException.notFound("vial " + id));
        InventoryReaders.requireRead(caller, vial.clinicId());
        return details(vial);
    }

    @PostMapping("/api/inventory/vials/{id}/reconstitute")
    @PreAuthorize(InventoryWriters.HANDLES_VIALS)
    VialDetails reconstitute(Caller caller, @PathVariable UUID id, @Valid @RequestBody ReconstituteRequest request) {
        return details(actions.reconstitute(caller, id, request.salineMl(), request.reconstitutedAt()));
    }

    @PostMapping("/api/inventory/vials/{id}/discard")
    @PreAuthorize(InventoryWriters.HANDLES_VIALS)
    VialDetails discard(Caller caller, @PathVariable UUID id, @Valid @RequestBody DiscardRequest request) {
        String note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        if (request.reason() == DiscardReason.OTHER && note == null) {
            throw ProblemException.invalid("note", "must say what happened when the reason is OTHER");
        }
        return details(actions.discard(caller, id, request.reason(), note));
    }

    /** Reconstituted vials whose 24 hours have run out: to be thrown away (reason BEYOND_24H). */
    /** A vial a fridge excursion put aside is fit for use again: managers of its clinic say so, vial by vial. */
    @PostMapping("/api/inventory/vials/{id}/release")
    @PreAuthorize(InventoryWriters.MANAGES)
    VialDetails release(Caller caller, @PathVariable UUID id, @Valid @RequestBody ReleaseRequest request) {
        return details(actions.release(caller, id, request.reason()));
    }

    @GetMapping("/api/inventory/vials/due-for-discard")
    @PreAuthorize(InventoryReaders.MAY_READ)
    PageResponse<VialDetails> dueForDiscard(Caller caller, @RequestParam String clinicId,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "20") int size) {
        InventoryReaders.requireRead(caller, clinicId);
        return vials.dueForDiscard(caller.chainId(), clinicId, clock.instant(), new PageRequest(page, size))
                .map(this::details);
    }

    private VialDetails details(Vial vial) {
        return VialDetails.of(vial, clock.instant(), clinics.today(vial.chainId(), vial.clinicId(), clock));
    }
}
