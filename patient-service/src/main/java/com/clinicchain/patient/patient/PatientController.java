package com.clinicchain.patient.patient;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;

import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/patients")
@Validated
class PatientController {

    static final String STAFF = "hasAnyRole('receptionist', 'practitioner', 'manager', 'admin')";
    static final String FRONT_DESK = "hasAnyRole('receptionist', 'practitioner', 'admin')";

    private final Patients patients;
    private final PatientRegistration registration;

    PatientController(Patients patients, PatientRegistration registration) {
        this.patients = patients;
        this.registration = registration;
    }

    @PostMapping
    @PreAuthorize(FRONT_DESK)
    ResponseEntity<PatientResponse> register(Caller caller, @Valid @RequestBody RegisterPatientRequest request) {
        Patient patient = registration.register(caller, request);
        return ResponseEntity.created(URI.create("/api/patients/" + patient.id())).body(PatientResponse.of(patient));
    }

    @GetMapping
    @PreAuthorize(STAFF)
    PageResponse<PatientResponse> list(Caller caller, @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "20") int size) {
        return patients.list(caller.chainId(), new PageRequest(page, size)).map(PatientResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(STAFF)
    PatientResponse get(Caller caller, @PathVariable UUID id) {
        return patients.find(caller.chainId(), id).map(PatientResponse::of)
                .orElseThrow(() -> ProblemException.notFound("patient " + id));
    }
}
