package com.clinicchain.patient.patient;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.patient.audit.AccessAction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** Role checks are in {@link PatientAccess}, not {@code @PreAuthorize}, so that refusals are audited too. */
@RestController
@RequestMapping("/api/patients")
class PatientController {

    private final PatientRegistration registration;
    private final PatientAccess access;

    PatientController(PatientRegistration registration, PatientAccess access) {
        this.registration = registration;
        this.access = access;
    }

    @PatientRecordAccess(action = AccessAction.REGISTER, allowed = AllowedRoles.FRONT_DESK)
    @PostMapping
    ResponseEntity<PatientResponse> register(Caller caller, @Valid @RequestBody RegisterPatientRequest request) {
        Patient patient = registration.register(caller, request);
        return ResponseEntity.created(URI.create("/api/patients/" + patient.id())).eTag(ETags.of(patient.version()))
                .body(PatientResponse.of(patient));
    }

    /** Without criteria it lists the chain's patients by name. Every patient shown is a search hit in the audit. */
    @PatientRecordAccess(action = AccessAction.SEARCH, allowed = AllowedRoles.STAFF)
    @GetMapping
    PageResponse<PatientResponse> search(Caller caller,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) @Size(max = 30) String phone,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
            @RequestParam(required = false) @Size(max = 20) String medicalRecordNumber,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageRequest pageRequest = new PageRequest(page, size);
        return access.search(caller, new PatientSearch(q, phone, dateOfBirth, medicalRecordNumber), pageRequest)
                .map(PatientResponse::of);
    }

    @PatientRecordAccess(action = AccessAction.READ, allowed = AllowedRoles.STAFF,
            partnerScope = PatientAccess.PARTNER_READ_SCOPE)
    @GetMapping("/{id}")
    ResponseEntity<PatientResponse> get(Caller caller, @PathVariable UUID id) {
        Patient patient = caller.partner() ? access.openForPartner(caller, id)
                : access.open(caller, id, AccessAction.READ, PatientAccess.STAFF);
        return ResponseEntity.ok().eTag(ETags.of(patient.version())).body(PatientResponse.of(patient));
    }

    @PatientRecordAccess(action = AccessAction.UPDATE, allowed = AllowedRoles.FRONT_DESK)
    @PutMapping("/{id}")
    ResponseEntity<PatientResponse> update(Caller caller, @PathVariable UUID id,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody UpdatePatientRequest request) {
        Patient patient = registration.update(caller, id, ifMatch, request);
        return ResponseEntity.ok().eTag(ETags.of(patient.version())).body(PatientResponse.of(patient));
    }
}
