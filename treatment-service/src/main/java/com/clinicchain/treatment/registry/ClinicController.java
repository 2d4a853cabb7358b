package com.clinicchain.treatment.registry;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.contracts.Events;
import com.clinicchain.kit.openapi.Created;
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.treatment.refusal.Refusals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * The chain's clinics. Admins register and change them; staff read the clinics they work at, admins and partners
 * every clinic of their chain (booking sites, labs and accountants name clinics in what they send).
 */
@Tag(name = "Clinics", description = "The chain's clinics: address, time zone, opening hours.")
@RestController
@RequestMapping("/api/clinics")
class ClinicController {

    static final String READERS = "hasAnyRole('receptionist', 'practitioner', 'manager', 'admin')"
            + " or hasAnyAuthority('SCOPE_sessions.write', 'SCOPE_patients.read', 'SCOPE_inventory.read')";

    private final Clinics clinics;
    private final Outbox outbox;
    private final Clock clock;

    ClinicController(Clinics clinics, Outbox outbox, Clock clock) {
        this.clock = clock;
        this.clinics = clinics;
        this.outbox = outbox;
    }

    @Operation(operationId = "registerClinic", tags = "Clinics", summary = "Register a clinic",
            description = "Registers a clinic of the caller's chain; 409 when its id is taken. Roles: admin. Not for "
            + "partner tokens. Lists only what the caller's chain holds.")
    @Created
    @PostMapping
    @PreAuthorize("hasRole('admin')")
    @Transactional
    ResponseEntity<ClinicResponse> register(Caller caller, @Valid @RequestBody ClinicRequest request) {
        Clinic clinic = Refusals.orBadRequest(RegistryRules.clinic(caller.chainId(), null, request, null));
        if (!clinics.insert(clinic, caller.username(), clock.instant())) {
            throw ProblemException.conflict("clinic-already-registered", "Clinic already registered",
                    "the chain already has clinic " + clinic.clinicId());
        }
        outbox.append(Events.CLINIC_TOPIC, clinic.clinicId(), clinic.chainId(), clinic.changed());
        return ResponseEntity.created(URI.create("/api/clinics/" + clinic.clinicId())).body(ClinicResponse.of(clinic));
    }

    @Operation(operationId = "listClinics", tags = "Clinics", summary = "List the clinics",
            description = "The chain's clinics, a page at a time. Roles: receptionist, practitioner, manager, admin. "
            + "Partner scope: `sessions.write, patients.read or inventory.read`. Lists only what the "
            + "caller's chain holds.")
    @GetMapping
    @PreAuthorize(READERS)
    PageResponse<ClinicResponse> list(Caller caller, @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        PageRequest pageRequest = new PageRequest(page, size);
        boolean wholeChain = caller.hasRole(Caller.ADMIN) || caller.partner();
        return clinics.list(caller.chainId(), wholeChain ? null : caller.clinicIds(), pageRequest)
                .map(ClinicResponse::of);
    }

    @Operation(operationId = "getClinic", tags = "Clinics", summary = "Read a clinic",
            description = "One clinic of the chain with its revision. Roles: receptionist, practitioner, manager, "
            + "admin. Partner scope: `sessions.write, patients.read or inventory.read`. Scoped to the "
            + "caller's chain: another chain's record answers 404, as one that does not exist.")
    @GetMapping("/{clinicId}")
    @PreAuthorize(READERS)
    ClinicResponse get(Caller caller, @PathVariable String clinicId) {
        Clinic clinic = clinics.find(caller.chainId(), clinicId)
                .orElseThrow(() -> ProblemException.notFound("clinic " + clinicId));
        caller.requireActAt(clinicId);
        return ClinicResponse.of(clinic);
    }

    /**
     * Replaces what the request names. Dates already given (follow-ups due on a day) keep their day when the time
     * zone changes; only what is computed from now on uses the new zone.
     */
    @Operation(operationId = "changeClinic", tags = "Clinics", summary = "Change a clinic",
            description = "Replaces the clinic's details; the other services learn of the change. Roles: admin. Not "
            + "for partner tokens. Scoped to the caller's chain: another chain's record answers 404, as "
            + "one that does not exist.")
    @PutMapping("/{clinicId}")
    @PreAuthorize("hasRole('admin')")
    @Transactional
    ClinicResponse change(Caller caller, @PathVariable String clinicId, @Valid @RequestBody ClinicRequest request) {
        Clinic current = clinics.findForUpdate(caller.chainId(), clinicId)
                .orElseThrow(() -> ProblemException.notFound("clinic " + clinicId));
        Clinic clinic = Refusals.orBadRequest(RegistryRules.clinic(caller.chainId(), clinicId, request, current));
        Instant now = clock.instant();
        clinics.update(clinic, caller.username(), now);
        outbox.append(Events.CLINIC_TOPIC, clinic.clinicId(), clinic.chainId(), clinic.changed());
        return ClinicResponse.of(clinic);
    }
}
