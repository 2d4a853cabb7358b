package com.clinicchain.treatment.patientnews;

import java.time.Clock;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.patient.ConsentGranted;
import com.clinicchain.contracts.patient.ConsentWithdrawn;
import com.clinicchain.contracts.patient.PatientErased;
import com.clinicchain.contracts.patient.ScreeningUpdated;
import com.clinicchain.kit.inbox.EventHandlers;
import com.clinicchain.kit.inbox.Inbox;
import com.clinicchain.treatment.consent.PatientConsents;
import com.clinicchain.treatment.followup.FollowUps;
import com.clinicchain.treatment.screening.PatientScreenings;
import com.clinicchain.treatment.screening.Screening;
import com.clinicchain.treatment.session.OpenSessionFlags;

/**
 * The patient service's news, applied once each (inbox). This service keeps no names or contact details: only
 * patient ids, consent dates and screening codes; on erasure the consent and screening copies are dropped, while
 * sessions keep the bare patient id as the clinical record needed for recalls.
 */
@Component
class PatientEventsListener {

    private final Inbox inbox;
    private final EventHandlers handlers;

    PatientEventsListener(Inbox inbox, PatientConsents consents, PatientScreenings screenings,
                          OpenSessionFlags flags, FollowUps followUps, Clock clock) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(ConsentGranted.class, event -> {
                    consents.granted(event.chainId(), event.payload());
                    if (PatientConsents.TREATMENT.equals(event.payload().consentType())) {
                        flags.treatmentConsentGranted(event.chainId(), event.payload().patientId());
                    }
                })
                .on(ConsentWithdrawn.class, event -> {
                    consents.withdrawn(event.chainId(), event.payload());
                    if (PatientConsents.TREATMENT.equals(event.payload().consentType())) {
                        flags.treatmentConsentWithdrawn(event.chainId(), event.payload().patientId());
                    }
                })
                .on(ScreeningUpdated.class, event -> {
                    screenings.updated(event.chainId(), event.payload());
                    // The stored screening, not the event: a late, older screening must not undo a newer one.
                    flags.screeningChanged(event.chainId(), event.payload().patientId(), screenings.find(
                            event.chainId(), event.payload().patientId()).orElse(Screening.NONE), clock.instant());
                })
                .on(PatientErased.class, event -> {
                    consents.erased(event.chainId(), event.payload().patientId());
                    screenings.erased(event.chainId(), event.payload().patientId());
                    followUps.erased(event.chainId(), event.payload().patientId());
                })
                .build();
    }

    @KafkaListener(topics = Events.PATIENT_TOPIC)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, handlers);
    }
}
