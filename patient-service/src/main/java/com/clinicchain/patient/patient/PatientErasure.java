package com.clinicchain.patient.patient;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.patient.PatientErased;
import com.clinicchain.kit.idempotency.IdempotentAnswers;
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.patient.audit.AccessAction;

/** GDPR erasure: the person becomes unidentifiable here, and PatientErased tells other services to follow. */
@Service
public class PatientErasure {

    private final PatientAccess access;
    private final Patients patients;
    private final Outbox outbox;
    private final IdempotentAnswers idempotentAnswers;
    private final Clock clock;

    PatientErasure(PatientAccess access, Patients patients, Outbox outbox, IdempotentAnswers idempotentAnswers, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.patients = patients;
        this.outbox = outbox;
        this.idempotentAnswers = idempotentAnswers;
    }

    @Transactional
    public Patient erase(Caller caller, UUID patientId) {
        Patient patient = access.open(caller, patientId, AccessAction.ERASE, PatientAccess.ADMIN_ONLY);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!patients.erase(patient.chainId(), patientId, now)) {
            throw ProblemException.conflict("patient-erased", "Already erased",
                    "patient " + patientId + " was erased at " + patient.erasedAt());
        }
        // a retried registration would otherwise replay the name and contact details kept with its first answer
        idempotentAnswers.forgetAbout("/api/patients/" + patientId);
        outbox.append(Events.PATIENT_TOPIC, patientId, patient.chainId(), new PatientErased(patientId, now));
        return patients.find(patient.chainId(), patientId).orElseThrow();
    }
}
