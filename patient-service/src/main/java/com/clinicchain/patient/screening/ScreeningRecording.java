package com.clinicchain.patient.screening;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.patient.ScreeningUpdated;
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.patient.audit.AccessAction;
import com.clinicchain.patient.patient.Patient;
import com.clinicchain.patient.patient.PatientAccess;
import com.clinicchain.patient.screening.ScreeningRules.Findings;

@Service
class ScreeningRecording {

    private final PatientAccess access;
    private final Screenings screenings;
    private final Outbox outbox;
    private final Clock clock;

    ScreeningRecording(PatientAccess access, Screenings screenings, Outbox outbox, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.screenings = screenings;
        this.outbox = outbox;
    }

    /** A new screening supersedes the current one; nothing is overwritten. Publishes codes only, never free text. */
    @Transactional
    Screening record(Caller caller, UUID patientId, RecordScreeningRequest request) {
        Patient patient = access.open(caller, patientId, AccessAction.SCREENING_RECORD, PatientAccess.CLINICAL);
        UUID previous = screenings.current(patient.chainId(), patientId).map(Screening::id).orElse(null);
        List<Condition> conditions = List.copyOf(request.conditions().isEmpty() ? EnumSet.noneOf(Condition.class)
                : EnumSet.copyOf(request.conditions()));
        List<Medication> medications = List.copyOf(request.medications().isEmpty() ? EnumSet.noneOf(Medication.class)
                : EnumSet.copyOf(request.medications()));
        Screening screening = new Screening(UUID.randomUUID(), patientId, patient.chainId(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), caller.username(), conditions, medications,
                blankToNull(request.otherConditions()), blankToNull(request.otherMedications()), previous);
        screenings.insert(screening);
        Findings findings = ScreeningRules.assess(conditions, medications);
        outbox.append(Events.PATIENT_TOPIC, patientId, patient.chainId(), new ScreeningUpdated(patientId,
                screening.id(), screening.recordedAt(), findings.contraindicationCodes(), findings.interactionCodes(),
                findings.bleedingRiskCodes()));
        return screening;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
