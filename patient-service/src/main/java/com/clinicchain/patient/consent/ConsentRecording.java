package com.clinicchain.patient.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.patient.ConsentGranted;
import com.clinicchain.contracts.patient.ConsentWithdrawn;
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.patient.audit.AccessAction;
import com.clinicchain.patient.patient.Patient;
import com.clinicchain.patient.patient.PatientAccess;

/** Grants and withdrawals: the treatment service allows or stops sessions on the events published here. */
@Service
class ConsentRecording {

    private final PatientAccess access;
    private final Consents consents;
    private final ConsentTemplates templates;
    private final Outbox outbox;
    private final Clock clock;

    ConsentRecording(PatientAccess access, Consents consents, ConsentTemplates templates, Outbox outbox, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.consents = consents;
        this.templates = templates;
        this.outbox = outbox;
    }

    @Transactional
    Consent grant(Caller caller, UUID patientId, GrantConsentRequest request) {
        // Refused before the lookup, so the answer does not tell whether the patient exists.
        if (!ConsentRecorders.mayRecord(caller.roles(), request.type())) {
            throw access.deny(caller, patientId, AccessAction.CONSENT_GRANT, ConsentRecorders.refusal(request.type()));
        }
        Patient patient = access.open(caller, patientId, AccessAction.CONSENT_GRANT, PatientAccess.FRONT_DESK);
        Instant signedAt = request.signedAt().toInstant();
        Instant expiresAt = request.expiresAt() == null ? null : request.expiresAt().toInstant();
        if (expiresAt != null && !expiresAt.isAfter(signedAt)) {
            throw ProblemException.invalid("expiresAt", "must be after signedAt");
        }
        // A grant is worth only as much as the wording the patient saw.
        if (!templates.exists(patient.chainId(), request.type(), request.templateVersion())) {
            throw ProblemException.invalid("templateVersion",
                    "no version " + request.templateVersion() + " of the " + request.type() + " consent template");
        }
        Consent consent = new Consent(UUID.randomUUID(), patient.id(), patient.chainId(), request.type(),
                request.templateVersion(), request.method(), signedAt, caller.username(), expiresAt, null, null, null);
        consents.insert(consent);
        outbox.append(Events.PATIENT_TOPIC, patient.id(), patient.chainId(), new ConsentGranted(consent.id(),
                patient.id(), consent.consentType().name(), consent.templateVersion(), signedAt, expiresAt));
        return consent;
    }

    @Transactional
    Consent withdraw(Caller caller, UUID patientId, UUID consentId, String reason) {
        Patient patient = access.open(caller, patientId, AccessAction.CONSENT_WITHDRAW, PatientAccess.FRONT_DESK);
        Consent consent = consents.find(patient.chainId(), patientId, consentId)
                .orElseThrow(() -> ProblemException.notFound("consent " + consentId));
        // The type is known only from the stored grant; the ALLOWED entry written above rolls back with this refusal.
        if (!ConsentRecorders.mayRecord(caller.roles(), consent.consentType())) {
            throw access.deny(caller, patientId, AccessAction.CONSENT_WITHDRAW,
                    ConsentRecorders.refusal(consent.consentType()));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!consents.withdraw(consentId, now, caller.username(), reason)) {
            throw ProblemException.conflict("consent-already-withdrawn", "Already withdrawn",
                    "consent " + consentId + " was withdrawn at " + consent.withdrawnAt());
        }
        outbox.append(Events.PATIENT_TOPIC, patientId, patient.chainId(),
                new ConsentWithdrawn(consentId, patientId, consent.consentType().name(), now));
        return consents.find(patient.chainId(), patientId, consentId).orElseThrow();
    }
}
