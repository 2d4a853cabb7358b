package com.clinicchain.patient.gdpr;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.security.Caller;
import com.clinicchain.patient.audit.AccessAction;
import com.clinicchain.patient.audit.AccessLog;
import com.clinicchain.patient.consent.ConsentResponse;
import com.clinicchain.patient.consent.Consents;
import com.clinicchain.patient.patient.AllowedRoles;
import com.clinicchain.patient.patient.Patient;
import com.clinicchain.patient.patient.PatientAccess;
import com.clinicchain.patient.patient.PatientErasure;
import com.clinicchain.patient.patient.PatientRecordAccess;
import com.clinicchain.patient.patient.PatientResponse;
import com.clinicchain.patient.screening.ScreeningResponse;
import com.clinicchain.patient.screening.Screenings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Chain admins answer patients' GDPR requests: a copy of everything held, or erasure. */
@Tag(name = "Data protection", description = "Exports and erasure of a patient's personal data (GDPR).")
@RestController
class GdprController {

    private final PatientAccess access;
    private final PatientErasure erasure;
    private final Screenings screenings;
    private final Consents consents;
    private final AccessLog log;
    private final Clock clock;

    GdprController(PatientAccess access, PatientErasure erasure, Screenings screenings, Consents consents,
                   AccessLog log, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.erasure = erasure;
        this.screenings = screenings;
        this.consents = consents;
        this.log = log;
    }

    /** One transaction, so the document is a consistent snapshot; it includes its own EXPORT entry. */
    @PatientRecordAccess(action = AccessAction.EXPORT, allowed = AllowedRoles.ADMIN_ONLY)
    @Operation(operationId = "exportPatient", tags = "Data protection", summary = "Export everything held on a patient",
            description = "A consistent snapshot of the patient's record, screenings, consents and access log (which "
            + "includes this export). Roles: admin. Not for partner tokens. Scoped to the caller's chain: "
            + "another chain's record answers 404, as one that does not exist.")
    @GetMapping("/api/patients/{id}/export")
    @Transactional(readOnly = false)
    public PatientExport export(Caller caller, @PathVariable UUID id) {
        Patient patient = access.open(caller, id, AccessAction.EXPORT, PatientAccess.ADMIN_ONLY);
        Instant now = clock.instant();
        return new PatientExport(now, PatientResponse.of(patient),
                screenings.history(patient.chainId(), id).stream().map(ScreeningResponse::of).toList(),
                consents.history(patient.chainId(), id).stream().map(c -> ConsentResponse.of(c, now)).toList(),
                log.all(patient.chainId(), id));
    }

    @PatientRecordAccess(action = AccessAction.ERASE, allowed = AllowedRoles.ADMIN_ONLY)
    @Operation(operationId = "erasePatient", tags = "Data protection", summary = "Erase a patient's personal data",
            description = "Replaces the personal data by placeholders and tells the other services; the clinical "
            + "history stays anonymous. Roles: admin. Not for partner tokens. Scoped to the caller's "
            + "chain: another chain's record answers 404, as one that does not exist.")
    @PostMapping("/api/patients/{id}/erase")
    PatientResponse erase(Caller caller, @PathVariable UUID id) {
        return PatientResponse.of(erasure.erase(caller, id));
    }
}
