package com.clinicchain.patient.patient;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.patient.PatientRegistered;
import com.clinicchain.contracts.patient.PatientUpdated;
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.patient.audit.AccessAction;
import com.clinicchain.patient.audit.AccessLog;
import com.clinicchain.patient.clinic.Clinics;

/** Registering and correcting demographics: what the front desk does. */
@Service
class PatientRegistration {

    private final Patients patients;
    private final PatientAccess access;
    private final AccessLog log;
    private final Outbox outbox;
    private final Clinics clinics;
    private final Clock clock;

    PatientRegistration(Patients patients, PatientAccess access, AccessLog log, Outbox outbox, Clinics clinics, Clock clock) {
        this.clock = clock;
        this.patients = patients;
        this.access = access;
        this.log = log;
        this.outbox = outbox;
        this.clinics = clinics;
    }

    @Transactional
    Patient register(Caller caller, RegisterPatientRequest request) {
        access.requireRole(caller, null, AccessAction.REGISTER, PatientAccess.FRONT_DESK);
        PatientDetails.checkDateOfBirth(request.dateOfBirth(), latestToday());
        if (!caller.mayActAt(request.homeClinicId())) {
            throw access.deny(caller, null, AccessAction.REGISTER, "you do not work at clinic " + request.homeClinicId());
        }
        String phone = PatientDetails.normalisePhone(request.phone());
        PostalAddress address = PatientDetails.checkAddress(request.address());
        HomeClinic.require(request.homeClinicId(), null, clinicId -> clinics.find(caller.chainId(), clinicId));
        if (!Boolean.TRUE.equals(request.confirmedDifferentPerson())) {
            Optional<UUID> existing = patients.findLikelyDuplicate(caller.chainId(), request.givenName().trim(),
                    request.familyName().trim(), request.dateOfBirth(), phone);
            if (existing.isPresent()) {
                throw new ProblemException(HttpStatus.CONFLICT, "possible-duplicate", "Possible duplicate",
                        "a patient with the same name or phone and date of birth exists; check it, or resend with "
                                + "confirmedDifferentPerson: true",
                        Map.of("existingPatient", "/api/patients/" + existing.get()));
            }
        }
        Patient patient = new Patient(UUID.randomUUID(), caller.chainId(),
                patients.nextMedicalRecordNumber(caller.chainId()), request.givenName().trim(),
                request.familyName().trim(), request.dateOfBirth(), request.sex(), phone, request.email(),
                address, request.homeClinicId(), request.preferredLanguage(), 0, null);
        patients.insert(patient);
        log.allowed(caller, patient.id(), AccessAction.REGISTER);
        outbox.append(Events.PATIENT_TOPIC, patient.id(), patient.chainId(),
                new PatientRegistered(patient.id(), patient.medicalRecordNumber(), patient.homeClinicId()));
        return patient;
    }

    /** Optimistic: the client sends back the version it read; a record changed meanwhile is not overwritten. */
    @Transactional
    Patient update(Caller caller, UUID id, String ifMatch, UpdatePatientRequest request) {
        Patient current = access.open(caller, id, AccessAction.UPDATE, PatientAccess.FRONT_DESK);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(HttpStatus.PRECONDITION_REQUIRED, "precondition-required",
                    "If-Match required", "send the record's ETag in If-Match so that no one else's change is lost");
        }
        int expected = ETags.version(ifMatch);
        if (current.erasedAt() != null) {
            throw ProblemException.conflict("patient-erased", "Patient erased",
                    "the record was erased under GDPR and cannot be changed");
        }
        PatientDetails.checkDateOfBirth(request.dateOfBirth(), latestToday());
        PostalAddress address = PatientDetails.checkAddress(request.address());
        if (!request.homeClinicId().equals(current.homeClinicId()) && !caller.mayActAt(request.homeClinicId())) {
            throw access.deny(caller, id, AccessAction.UPDATE, "you do not work at clinic " + request.homeClinicId());
        }
        // the ALLOWED entry written on opening the record rolls back with this refusal: nothing was changed
        HomeClinic.require(request.homeClinicId(), current.homeClinicId(),
                clinicId -> clinics.find(caller.chainId(), clinicId));
        Patient changed = new Patient(id, current.chainId(), current.medicalRecordNumber(), request.givenName().trim(),
                request.familyName().trim(), request.dateOfBirth(), request.sex(),
                PatientDetails.normalisePhone(request.phone()), request.email(), address, request.homeClinicId(),
                request.preferredLanguage(), expected + 1, null);
        if (expected != current.version() || !patients.update(changed, expected)) {
            throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "stale-version", "Changed meanwhile",
                    "the record was changed since you read it; read it again and reapply your change",
                    Map.of("currentVersion", current.version()));
        }
        outbox.append(Events.PATIENT_TOPIC, id, changed.chainId(),
                new PatientUpdated(id, changed.homeClinicId(), changed.version()));
        return changed;
    }

    /** The registry keeps no zone here: a date of birth may be today anywhere on earth, not later. */
    private LocalDate latestToday() {
        return LocalDate.now(clock.withZone(ZoneOffset.MAX));
    }
}
