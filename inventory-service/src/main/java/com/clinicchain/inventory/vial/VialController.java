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

import com.clinicchain.inventory.InventoryReadPolicy;
import com.clinicchain.inventory.InventoryWritePolicy;
import com.clinicchain.inventory.clinic.Clinics;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Tag(name = "Vials", description = "Single vials: reconstitution, release, discard.")
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

    @Operation(operationId = "getVial", tags = "Vials", summary = "Read a vial",
            description = "The vial with its lot, status and remaining units. Roles: receptionist, practitioner, "
            + "manager, admin. Partner scope: `inventory.read`. Scoped to the caller's chain: another "
            + "chain's record answers 404, as one that does not exist.")
    @GetMapping("/api/inventory/vials/{id}")
    @PreAuthorize(InventoryReadPolicy.MAY_READ)
    VialDetails get(Caller caller, @PathVariable UUID id) {
        Vial vial = vials.find(caller.chainId(), id).orElseThrow(() -> ProblemException.notFound("vial " + id));
        InventoryReadPolicy.requireRead(caller, vial.clinicId());
        return details(vial);
    }

    @Operation(operationId = "reconstituteVial", tags = "Vials", summary = "Reconstitute a vial",
            description = "Records the saline added; the vial is usable for 24 hours. 409 when it is not sealed. "
            + "Roles: practitioner, manager, admin. Not for partner tokens. Scoped to the caller's chain: "
            + "another chain's record answers 404, as one that does not exist. Staff act only at their "
            + "own clinics (403 elsewhere); admins and partners at every clinic of their chain.")
    @PostMapping("/api/inventory/vials/{id}/reconstitute")
    @PreAuthorize(InventoryWritePolicy.HANDLES_VIALS)
    VialDetails reconstitute(Caller caller, @PathVariable UUID id, @Valid @RequestBody ReconstituteRequest request) {
        return details(actions.reconstitute(caller, id, request.salineMl(), request.reconstitutedAt()));
    }

    @Operation(operationId = "discardVial", tags = "Vials", summary = "Discard a vial",
            description = "Throws the vial away with a reason. Roles: practitioner, manager, admin. Not for partner "
            + "tokens. Scoped to the caller's chain: another chain's record answers 404, as one that does "
            + "not exist. Staff act only at their own clinics (403 elsewhere); admins and partners at "
            + "every clinic of their chain.")
    @PostMapping("/api/inventory/vials/{id}/discard")
    @PreAuthorize(InventoryWritePolicy.HANDLES_VIALS)
    VialDetails discard(Caller caller, @PathVariable UUID id, @Valid @RequestBody DiscardRequest request) {
        String note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        if (request.reason() == DiscardReason.OTHER && note == null) {
            throw ProblemException.invalid("note", "must say what happened when the reason is OTHER");
        }
        return details(actions.discard(caller, id, request.reason(), note));
    }

    /** Reconstituted vials whose 24 hours have run out: to be thrown away (reason BEYOND_24H). */
    /** A vial a fridge excursion put aside is fit for use again: managers of its clinic say so, vial by vial. */
    @Operation(operationId = "releaseVial", tags = "Vials", summary = "Release a quarantined vial",
            description = "A vial a fridge excursion put aside is fit for use again; 409 when it is not quarantined. "
            + "Roles: manager, admin. Not for partner tokens. Scoped to the caller's chain: another "
            + "chain's record answers 404, as one that does not exist. Staff act only at their own "
            + "clinics (403 elsewhere); admins and partners at every clinic of their chain.")
    @PostMapping("/api/inventory/vials/{id}/release")
    @PreAuthorize(InventoryWritePolicy.MANAGES)
    VialDetails release(Caller caller, @PathVariable UUID id, @Valid @RequestBody ReleaseRequest request) {
        return details(actions.release(caller, id, request.reason()));
    }

    @Operation(operationId = "listVialsDueForDiscard", tags = "Vials", summary = "List vials due for discard",
            description = "Reconstituted vials at `clinicId` whose 24 hours have run out (reason BEYOND_24H). Roles: "
            + "receptionist, practitioner, manager, admin. Partner scope: `inventory.read`. Lists only "
            + "what the caller's chain holds.")
    @GetMapping("/api/inventory/vials/due-for-discard")
    @PreAuthorize(InventoryReadPolicy.MAY_READ)
    PageResponse<VialDetails> dueForDiscard(Caller caller, @RequestParam String clinicId,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "20") int size) {
        InventoryReadPolicy.requireRead(caller, clinicId);
        return vials.dueForDiscard(caller.chainId(), clinicId, clock.instant(), new PageRequest(page, size))
                .map(this::details);
    }

    private VialDetails details(Vial vial) {
        return VialDetails.of(vial, clock.instant(), clinics.today(vial.chainId(), vial.clinicId(), clock));
    }
}
