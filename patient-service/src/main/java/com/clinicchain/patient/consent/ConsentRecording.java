package com.clinicchain.patient.consent;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.patient.ConsentGranted;
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.patient.patient.Patient;
import com.clinicchain.patient.patient.Patients;

@Service
class ConsentRecording {

    private final Patients patients;
    private final Consents consents;
    private final Outbox outbox;

    ConsentRecording(Patients patients, Consents consents, Outbox outbox) {
        this.patients = patients;
        this.consents = consents;
        this.outbox = outbox;
    }

    @Transactional
    Consent grant(Caller caller, UUID patientId, GrantConsentRequest request) {
        Patient patient = patients.find(caller.chainId(), patientId)
                .orElseThrow(() -> ProblemException.notFound("patient " + patientId));
        Instant signedAt = request.signedAt().toInstant();
        Instant expiresAt = request.expiresAt() == null ? null : request.expiresAt().toInstant();
        if (expiresAt != null && !expiresAt.isAfter(signedAt)) {
            throw ProblemException.invalid("expiresAt", "must be after signedAt");
        }
        Consent consent = new Consent(UUID.randomUUID(), patient.id(), patient.chainId(), request.type(),
                request.templateVersion(), request.method(), signedAt, caller.username(), expiresAt, null, null, null);
        consents.insert(consent);
        outbox.append(Events.PATIENT_TOPIC, patient.id(), patient.chainId(), new ConsentGranted(consent.id(),
                patient.id(), consent.consentType().name(), consent.templateVersion(), signedAt, expiresAt));
        return consent;
    }
}
