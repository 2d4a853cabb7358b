package com.clinicchain.patient.consent;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.openapi.Created;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.patient.audit.AccessAction;
import com.clinicchain.patient.patient.AllowedRoles;
import com.clinicchain.patient.patient.PatientAccess;
import com.clinicchain.patient.patient.PatientRecordAccess;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Role checks go through {@link PatientAccess} so that refusals are audited. */
@Tag(name = "Consents", description = "A patient's consents: granted, withdrawn, valid at a moment.")
@RestController
class ConsentController {

    private final ConsentRecording recording;
    private final Consents consents;
    private final PatientAccess access;
    private final Clock clock;

    ConsentController(ConsentRecording recording, Consents consents, PatientAccess access, Clock clock) {
        this.clock = clock;
        this.recording = recording;
        this.consents = consents;
        this.access = access;
    }

    record WithdrawConsentRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record ConsentValidity(ConsentType type, Instant at, boolean valid, UUID consentId, Integer templateVersion) {
    }

    /** Receptionists record PARTNER_DATA_SHARING and MARKETING; treatment and photography need a practitioner. */
    @PatientRecordAccess(action = AccessAction.CONSENT_GRANT, allowed = AllowedRoles.FRONT_DESK)
    @Operation(operationId = "grantConsent", tags = "Consents", summary = "Record a consent",
            description = "Records the patient's consent of a type to the chain's current template of that type. "
            + "Receptionists record PARTNER_DATA_SHARING and MARKETING only (403 for the others); "
            + "treatment and photography consents need a practitioner or admin. Roles: receptionist, "
            + "practitioner, admin. Not for partner tokens. Scoped to the caller's chain: another chain's "
            + "record answers 404, as one that does not exist.")
    @Created
    @PostMapping("/api/patients/{patientId}/consents")
    ResponseEntity<ConsentResponse> grant(Caller caller, @PathVariable UUID patientId,
                                          @Valid @RequestBody GrantConsentRequest request) {
        Consent consent = recording.grant(caller, patientId, request);
        return ResponseEntity.created(URI.create("/api/patients/" + patientId + "/consents/" + consent.id()))
                .body(ConsentResponse.of(consent, clock.instant()));
    }

    /** Whoever may grant a type may withdraw it. */
    @PatientRecordAccess(action = AccessAction.CONSENT_WITHDRAW, allowed = AllowedRoles.FRONT_DESK)
    @Operation(operationId = "withdrawConsent", tags = "Consents", summary = "Withdraw a consent",
            description = "Withdraws a granted consent; whoever may grant its type may withdraw it. 409 when it is "
            + "already withdrawn. Roles: receptionist, practitioner, admin. Not for partner tokens. "
            + "Scoped to the caller's chain: another chain's record answers 404, as one that does not "
            + "exist.")
    @PostMapping("/api/patients/{patientId}/consents/{consentId}/withdraw")
    ConsentResponse withdraw(Caller caller, @PathVariable UUID patientId, @PathVariable UUID consentId,
                             @Valid @RequestBody WithdrawConsentRequest request) {
        return ConsentResponse.of(recording.withdraw(caller, patientId, consentId, request.reason().strip()),
                clock.instant());
    }

    /** Where each type stands now, with the grant that makes it so, and the whole history. */
    @PatientRecordAccess(action = AccessAction.CONSENT_READ, allowed = AllowedRoles.STAFF)
    @Operation(operationId = "getConsents", tags = "Consents", summary = "Read a patient's consents",
            description = "Where each type stands now, with the grant that makes it so, and the whole history. Roles: "
            + "receptionist, practitioner, manager, admin. Not for partner tokens. Scoped to the caller's "
            + "chain: another chain's record answers 404, as one that does not exist.")
    @GetMapping("/api/patients/{patientId}/consents")
    ConsentOverview overview(Caller caller, @PathVariable UUID patientId) {
        access.open(caller, patientId, AccessAction.CONSENT_READ, PatientAccess.STAFF);
        return ConsentOverview.of(consents.history(caller.chainId(), patientId), clock.instant());
    }

    /** "May we treat (photograph, share, market) this patient at that moment?" Without {@code at}: now. */
    @PatientRecordAccess(action = AccessAction.CONSENT_READ, allowed = AllowedRoles.STAFF)
    @Operation(operationId = "checkConsent", tags = "Consents", summary = "Check whether a consent is valid",
            description = "Whether the patient's consent of `type` is valid at `at` (default: now), and the grant "
            + "that makes it so. Roles: receptionist, practitioner, manager, admin. Not for partner "
            + "tokens. Scoped to the caller's chain: another chain's record answers 404, as one that does "
            + "not exist.")
    @GetMapping("/api/patients/{patientId}/consents/valid")
    ConsentValidity valid(Caller caller, @PathVariable UUID patientId,
                          @Parameter(required = true, description = "the type of consent") @RequestParam(required = false) ConsentType type,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                          OffsetDateTime at) {
        if (type == null) {
            throw ProblemException.invalid("type", "is required");
        }
        access.open(caller, patientId, AccessAction.CONSENT_READ, PatientAccess.STAFF);
        Instant when = at == null ? clock.instant() : at.toInstant();
        return consents.validAt(caller.chainId(), patientId, type, when)
                .map(c -> new ConsentValidity(type, when, true, c.id(), c.templateVersion()))
                .orElse(new ConsentValidity(type, when, false, null, null));
    }
}
