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
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.treatment.refusal.Refusals;

import jakarta.validation.Valid;

/**
 * The chain's clinics. Admins register and change them; staff read the clinics they work at, admins and partners
 * every clinic of their chain (booking sites, labs and accountants name clinics in what they send).
 */
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

    @GetMapping
    @PreAuthorize(READERS)
    PageResponse<ClinicResponse> list(Caller caller, @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        PageRequest pageRequest = new PageRequest(page, size);
        boolean wholeChain = caller.hasRole(Caller.ADMIN) || caller.partner();
        return clinics.list(caller.chainId(), wholeChain ? null : caller.clinicIds(), pageRequest)
                .map(ClinicResponse::of);
    }

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
