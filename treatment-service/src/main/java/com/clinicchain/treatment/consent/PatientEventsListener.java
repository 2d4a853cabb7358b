package com.clinicchain.treatment.consent;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.patient.ConsentGranted;
import com.clinicchain.contracts.patient.ConsentWithdrawn;
import com.clinicchain.kit.inbox.EventHandlers;
import com.clinicchain.kit.inbox.Inbox;

@Component
class PatientEventsListener {

    private final Inbox inbox;
    private final EventHandlers handlers;

    PatientEventsListener(Inbox inbox, PatientConsents consents) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(ConsentGranted.class, event -> consents.granted(event.chainId(), event.payload()))
                .on(ConsentWithdrawn.class, event -> consents.withdrawn(event.chainId(), event.payload()))
                .build();
    }

    @KafkaListener(topics = Events.PATIENT_TOPIC)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, handlers);
    }
}
