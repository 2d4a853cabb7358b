package com.clinicchain.patient.consent;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.patient.patient.Patients;

import jakarta.validation.Valid;

@RestController
class ConsentController {

    private final ConsentRecording recording;
    private final Consents consents;
    private final Patients patients;

    ConsentController(ConsentRecording recording, Consents consents, Patients patients) {
        this.recording = recording;
        this.consents = consents;
        this.patients = patients;
    }

    @PostMapping("/api/patients/{patientId}/consents")
    @PreAuthorize("hasAnyRole('practitioner', 'admin')")
    ResponseEntity<ConsentResponse> grant(Caller caller, @PathVariable UUID patientId,
                                          @Valid @RequestBody GrantConsentRequest request) {
        Consent consent = recording.grant(caller, patientId, request);
        return ResponseEntity.created(URI.create("/api/patients/" + patientId + "/consents/" + consent.id()))
                .body(ConsentResponse.of(consent, Instant.now()));
    }

    @GetMapping("/api/patients/{patientId}/consents")
    @PreAuthorize("hasAnyRole('receptionist', 'practitioner', 'manager', 'admin')")
    List<ConsentResponse> history(Caller caller, @PathVariable UUID patientId) {
        if (patients.find(caller.chainId(), patientId).isEmpty()) {
            throw ProblemException.notFound("patient " + patientId);
        }
        Instant now = Instant.now();
        return consents.history(caller.chainId(), patientId).stream().map(c -> ConsentResponse.of(c, now)).toList();
    }
}
