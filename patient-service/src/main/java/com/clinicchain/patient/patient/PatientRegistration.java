package com.clinicchain.patient.patient;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.patient.PatientRegistered;
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;

@Service
class PatientRegistration {

    private final Patients patients;
    private final Outbox outbox;

    PatientRegistration(Patients patients, Outbox outbox) {
        this.patients = patients;
        this.outbox = outbox;
    }

    @Transactional
    Patient register(Caller caller, RegisterPatientRequest request) {
        PatientDetails.checkDateOfBirth(request.dateOfBirth(), LocalDate.now());
        if (!caller.mayActAt(request.homeClinicId())) {
            throw ProblemException.forbidden("you do not work at clinic " + request.homeClinicId());
        }
        Patient patient = new Patient(UUID.randomUUID(), caller.chainId(),
                patients.nextMedicalRecordNumber(caller.chainId()), request.givenName().trim(),
                request.familyName().trim(), request.dateOfBirth(), request.sex(),
                PatientDetails.normalisePhone(request.phone()), request.email(), request.homeClinicId(),
                request.preferredLanguage(), 0);
        patients.insert(patient);
        outbox.append(Events.PATIENT_TOPIC, patient.id(), patient.chainId(),
                new PatientRegistered(patient.id(), patient.medicalRecordNumber(), patient.homeClinicId()));
        return patient;
    }
}
