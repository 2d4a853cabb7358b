package com.clinicchain.patient.screening;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.openapi.Created;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.patient.audit.AccessAction;
import com.clinicchain.patient.patient.AllowedRoles;
import com.clinicchain.patient.patient.PatientAccess;
import com.clinicchain.patient.patient.PatientRecordAccess;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Medical screening is for practitioners and admins only: reception and managers see consent status, not health. */
@Tag(name = "Screenings", description = "Medical screenings of a patient before treatment.")
@RestController
@RequestMapping("/api/patients/{patientId}/screenings")
class ScreeningController {

    private final ScreeningRecording recording;
    private final Screenings screenings;
    private final PatientAccess access;

    ScreeningController(ScreeningRecording recording, Screenings screenings, PatientAccess access) {
        this.recording = recording;
        this.screenings = screenings;
        this.access = access;
    }

    @PatientRecordAccess(action = AccessAction.SCREENING_RECORD, allowed = AllowedRoles.CLINICAL)
    @Operation(operationId = "recordScreening", tags = "Screenings", summary = "Record a screening",
            description = "Records the patient's conditions and medications; the newest screening is the current one. "
            + "Roles: practitioner, admin. Not for partner tokens. Scoped to the caller's chain: another "
            + "chain's record answers 404, as one that does not exist.")
    @Created
    @PostMapping
    ResponseEntity<ScreeningResponse> record(Caller caller, @PathVariable UUID patientId,
                                             @Valid @RequestBody RecordScreeningRequest request) {
        Screening screening = recording.record(caller, patientId, request);
        return ResponseEntity.created(URI.create("/api/patients/" + patientId + "/screenings/" + screening.id()))
                .body(ScreeningResponse.of(screening));
    }

    @PatientRecordAccess(action = AccessAction.SCREENING_READ, allowed = AllowedRoles.CLINICAL)
    @Operation(operationId = "getCurrentScreening", tags = "Screenings", summary = "Read the current screening",
            description = "The patient's newest screening; 404 when there is none. Roles: practitioner, admin. Not "
            + "for partner tokens. Scoped to the caller's chain: another chain's record answers 404, as "
            + "one that does not exist.")
    @GetMapping("/current")
    ScreeningResponse current(Caller caller, @PathVariable UUID patientId) {
        access.open(caller, patientId, AccessAction.SCREENING_READ, PatientAccess.CLINICAL);
        return screenings.current(caller.chainId(), patientId).map(ScreeningResponse::of)
                .orElseThrow(() -> ProblemException.notFound("screening of patient " + patientId));
    }

    /** Newest first, a page at a time; the first item of page 0 is the current screening. */
    @PatientRecordAccess(action = AccessAction.SCREENING_READ, allowed = AllowedRoles.CLINICAL)
    @Operation(operationId = "listScreenings", tags = "Screenings", summary = "List a patient's screenings",
            description = "Newest first, a page at a time; the first item of page 0 is the current screening. Roles: "
            + "practitioner, admin. Not for partner tokens. Scoped to the caller's chain: another chain's "
            + "record answers 404, as one that does not exist.")
    @GetMapping
    PageResponse<ScreeningResponse> history(Caller caller, @PathVariable UUID patientId,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "20") int size) {
        PageRequest pageRequest = new PageRequest(page, size);
        access.open(caller, patientId, AccessAction.SCREENING_READ, PatientAccess.CLINICAL);
        return screenings.page(caller.chainId(), patientId, pageRequest).map(ScreeningResponse::of);
    }
}
