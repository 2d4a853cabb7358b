package com.clinicchain.patient.screening;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.patient.audit.AccessAction;
import com.clinicchain.patient.patient.PatientAccess;

import jakarta.validation.Valid;

/** Medical screening is for practitioners and admins only: reception and managers see consent status, not health. */
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

    @PostMapping
    ResponseEntity<ScreeningResponse> record(Caller caller, @PathVariable UUID patientId,
                                             @Valid @RequestBody RecordScreeningRequest request) {
        Screening screening = recording.record(caller, patientId, request);
        return ResponseEntity.created(URI.create("/api/patients/" + patientId + "/screenings/" + screening.id()))
                .body(ScreeningResponse.of(screening));
    }

    @GetMapping("/current")
    ScreeningResponse current(Caller caller, @PathVariable UUID patientId) {
        access.open(caller, patientId, AccessAction.SCREENING_READ, PatientAccess.CLINICAL);
        return screenings.current(caller.chainId(), patientId).map(ScreeningResponse::of)
                .orElseThrow(() -> ProblemException.notFound("screening of patient " + patientId));
    }

    /** Newest first; the first one is the current screening. */
    @GetMapping
    List<ScreeningResponse> history(Caller caller, @PathVariable UUID patientId) {
        access.open(caller, patientId, AccessAction.SCREENING_READ, PatientAccess.CLINICAL);
        return screenings.history(caller.chainId(), patientId).stream().map(ScreeningResponse::of).toList();
    }
}
