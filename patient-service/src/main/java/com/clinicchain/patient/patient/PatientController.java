package com.clinicchain.patient.patient;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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

import com.clinicchain.kit.openapi.Created;
import com.clinicchain.kit.openapi.Versioned;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.patient.audit.AccessAction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** Role checks are in {@link PatientAccess}, not {@code @PreAuthorize}, so that refusals are audited too. */
@Tag(name = "Patients", description = "Patient records: registration, demographics, search.")
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
    @Operation(operationId = "registerPatient", tags = "Patients", summary = "Register a patient",
            description = "Registers a patient at a clinic of the caller's chain and answers the record with its "
            + "`ETag`; 422 when the clinic is not one of the chain's, 409 when a patient with the same "
            + "identity exists (unless `confirmedDifferentPerson`). Roles: receptionist, practitioner, "
            + "admin. Not for partner tokens. Staff act only at their own clinics (403 elsewhere); admins "
            + "and partners at every clinic of their chain.")
    @Created
    @Versioned
    @PostMapping
    ResponseEntity<PatientResponse> register(Caller caller, @Valid @RequestBody RegisterPatientRequest request) {
        Patient patient = registration.register(caller, request);
        return ResponseEntity.created(URI.create("/api/patients/" + patient.id())).eTag(ETags.of(patient.version()))
                .body(PatientResponse.of(patient));
    }

    /** Without criteria it lists the chain's patients by name. Every patient shown is a search hit in the audit. */
    @PatientRecordAccess(action = AccessAction.SEARCH, allowed = AllowedRoles.STAFF)
    @Operation(operationId = "searchPatients", tags = "Patients", summary = "Search patients",
            description = "Without criteria, the chain's patients by name, a page at a time; each patient shown is "
            + "audited as a search hit. Roles: receptionist, practitioner, manager, admin. Not for "
            + "partner tokens. Lists only what the caller's chain holds.")
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

    /**
     * {@code GET /api/patients/batch?ids=a,b,c} (or {@code ids=a&ids=b}): the patients of up to 100 ids at once, as
     * {@code {"items": [...]}} in the order asked, each as {@code GET /api/patients/{id}} shows it, to the same
     * callers. An id of no patient the caller may read (unknown, another chain's, or for a partner not sharing) is
     * left out rather than refused, and audited as its single read would be. Not a search: no criteria, no pages.
     */
    @Operation(operationId = "getPatientsById", tags = "Patients", summary = "Read several patients by id",
            description = "Up to " + BatchRead.MAX_IDS + " ids, comma-separated or repeated. Answers the patients in"
                    + " the order asked; an id the caller may not read (unknown, another chain's, a partner's"
                    + " patient who does not share) is absent, as a single read would answer 404. Each patient is"
                    + " audited as a read. 400 naming ids when none, more than " + BatchRead.MAX_IDS
                    + " or a malformed one is given. Roles: receptionist, practitioner, manager, admin. Partner"
                    + " scope: `patients.read`, for patients who consented to partner data sharing. Scoped to the"
                    + " caller's chain.")
    @PatientRecordAccess(action = AccessAction.READ, allowed = AllowedRoles.STAFF,
            partnerScope = PatientAccess.PARTNER_READ_SCOPE)
    @GetMapping("/batch")
    PatientBatch batch(Caller caller, @Parameter(required = true, description = "patient ids (UUIDs), at most "
            + BatchRead.MAX_IDS) @RequestParam(required = false) List<String> ids) {
        return new PatientBatch(access.openAll(caller, BatchRead.of(ids)).stream().map(PatientResponse::of).toList());
    }

    /** The answer of a batch read: the patients found, in the order asked. */
    record PatientBatch(List<PatientResponse> items) {
    }

    @PatientRecordAccess(action = AccessAction.READ, allowed = AllowedRoles.STAFF,
            partnerScope = PatientAccess.PARTNER_READ_SCOPE)
    @Operation(operationId = "getPatient", tags = "Patients", summary = "Read a patient",
            description = "The patient's record with its `ETag` (for `If-Match` on an update); audited as a read. A "
            + "partner reads only patients who consented to partner data sharing (404 otherwise). Roles: "
            + "receptionist, practitioner, manager, admin. Partner scope: `patients.read`. Scoped to the "
            + "caller's chain: another chain's record answers 404, as one that does not exist.")
    @Versioned
    @GetMapping("/{id}")
    ResponseEntity<PatientResponse> get(Caller caller, @PathVariable UUID id) {
        Patient patient = caller.partner() ? access.openForPartner(caller, id)
                : access.open(caller, id, AccessAction.READ, PatientAccess.STAFF);
        return ResponseEntity.ok().eTag(ETags.of(patient.version())).body(PatientResponse.of(patient));
    }

    @PatientRecordAccess(action = AccessAction.UPDATE, allowed = AllowedRoles.FRONT_DESK)
    @Operation(operationId = "updatePatient", tags = "Patients", summary = "Change a patient's demographics",
            description = "Replaces the demographics; `If-Match` with the `ETag` last read is required (428 without, "
            + "412 when the record changed since). Answers the new version with its `ETag`. Roles: "
            + "receptionist, practitioner, admin. Not for partner tokens. Scoped to the caller's chain: "
            + "another chain's record answers 404, as one that does not exist.")
    @Versioned
    @PutMapping("/{id}")
    ResponseEntity<PatientResponse> update(Caller caller, @PathVariable UUID id,
                                           @Parameter(required = true, description = "the `ETag` of the version last read")
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody UpdatePatientRequest request) {
        Patient patient = registration.update(caller, id, ifMatch, request);
        return ResponseEntity.ok().eTag(ETags.of(patient.version())).body(PatientResponse.of(patient));
    }
}
