package com.clinicchain.treatment.registry;

import java.net.URI;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * The chain's practitioners. Admins register and change them; staff read those of the clinics they work at, admins
 * and booking partners ({@code sessions.write}, who book with a practitioner) those of the whole chain.
 */
@Tag(name = "Practitioners", description = "The chain's practitioners, their clinics and qualifications.")
@RestController
@RequestMapping("/api/practitioners")
class PractitionerController {

    static final String READERS = "hasAnyRole('receptionist', 'practitioner', 'manager', 'admin')"
            + " or hasAuthority('SCOPE_sessions.write')";

    private final Practitioners practitioners;
    private final Clinics clinics;
    private final Outbox outbox;
    private final Clock clock;

    PractitionerController(Practitioners practitioners, Clinics clinics, Outbox outbox, Clock clock) {
        this.clock = clock;
        this.practitioners = practitioners;
        this.clinics = clinics;
        this.outbox = outbox;
    }

    @Operation(operationId = "registerPractitioner", tags = "Practitioners", summary = "Register a practitioner",
            description = "Registers a practitioner at clinics of the chain; 400 naming `clinicIds[i]` for a clinic "
            + "not of the chain, 409 when the username is taken. Roles: admin. Not for partner tokens. "
            + "Lists only what the caller's chain holds.")
    @Created
    @PostMapping
    @PreAuthorize("hasRole('admin')")
    @Transactional
    ResponseEntity<PractitionerResponse> register(Caller caller, @Valid @RequestBody PractitionerRequest request) {
        Practitioner practitioner = Refusals.orBadRequest(RegistryRules.practitioner(caller.chainId(), null, request,
                null, clinics.open(caller.chainId(), request.clinicIds())));
        if (!practitioners.insert(practitioner, caller.username(), clock.instant())) {
            throw ProblemException.conflict("practitioner-already-registered", "Practitioner already registered",
                    "the chain already has practitioner " + practitioner.username());
        }
        outbox.append(Events.CLINIC_TOPIC, practitioner.username(), practitioner.chainId(), practitioner.changed());
        return ResponseEntity.created(URI.create("/api/practitioners/" + practitioner.username()))
                .body(PractitionerResponse.of(practitioner));
    }

    /** @param clinicId those working at this clinic; left out, those of every clinic the caller may see */
    @Operation(operationId = "listPractitioners", tags = "Practitioners", summary = "List the practitioners",
            description = "The practitioners of `clinicId`, or of every clinic the caller may see, a page at a time. "
            + "Roles: receptionist, practitioner, manager, admin. Partner scope: `sessions.write`. Lists "
            + "only what the caller's chain holds.")
    @GetMapping
    @PreAuthorize(READERS)
    PageResponse<PractitionerResponse> list(Caller caller, @RequestParam(required = false) String clinicId,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "20") int size) {
        PageRequest pageRequest = new PageRequest(page, size);
        if (clinicId != null) {
            caller.requireActAt(clinicId);
        }
        boolean wholeChain = caller.hasRole(Caller.ADMIN) || caller.partner();
        return practitioners.list(caller.chainId(), clinicId != null ? List.of(clinicId)
                : wholeChain ? null : caller.clinicIds(), pageRequest).map(PractitionerResponse::of);
    }

    @Operation(operationId = "getPractitioner", tags = "Practitioners", summary = "Read a practitioner",
            description = "One practitioner of the chain with their revision. Roles: receptionist, practitioner, "
            + "manager, admin. Partner scope: `sessions.write`. Scoped to the caller's chain: another "
            + "chain's record answers 404, as one that does not exist.")
    @GetMapping("/{username}")
    @PreAuthorize(READERS)
    PractitionerResponse get(Caller caller, @PathVariable String username) {
        Practitioner practitioner = practitioners.find(caller.chainId(), username)
                .orElseThrow(() -> ProblemException.notFound("practitioner " + username));
        if (!username.equals(caller.username()) && practitioner.clinicIds().stream().noneMatch(caller::mayActAt)) {
            throw ProblemException.forbidden("you work at none of the clinics of " + username);
        }
        return PractitionerResponse.of(practitioner);
    }

    @Operation(operationId = "changePractitioner", tags = "Practitioners", summary = "Change a practitioner",
            description = "Replaces the practitioner's details. Roles: admin. Not for partner tokens. Scoped to the "
            + "caller's chain: another chain's record answers 404, as one that does not exist.")
    @PutMapping("/{username}")
    @PreAuthorize("hasRole('admin')")
    @Transactional
    PractitionerResponse change(Caller caller, @PathVariable String username,
                                @Valid @RequestBody PractitionerRequest request) {
        Practitioner current = practitioners.findForUpdate(caller.chainId(), username)
                .orElseThrow(() -> ProblemException.notFound("practitioner " + username));
        // a clinic that has closed since stays allowed for those who were there, so that their record can change
        Set<String> allowed = new HashSet<>(clinics.open(caller.chainId(), request.clinicIds()));
        allowed.addAll(current.clinicIds());
        Practitioner practitioner = Refusals.orBadRequest(
                RegistryRules.practitioner(caller.chainId(), username, request, current, allowed));
        practitioners.update(practitioner, caller.username(), clock.instant());
        outbox.append(Events.CLINIC_TOPIC, practitioner.username(), practitioner.chainId(), practitioner.changed());
        return PractitionerResponse.of(practitioner);
    }
}
