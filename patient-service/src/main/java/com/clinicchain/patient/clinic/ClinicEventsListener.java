package com.clinicchain.patient.clinic;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.registry.ClinicChanged;
import com.clinicchain.kit.inbox.EventHandlers;
import com.clinicchain.kit.inbox.Inbox;

/** The registry's clinics, each event applied once (inbox) and only if newer than the copy kept. */
@Component
class ClinicEventsListener {

    private final Inbox inbox;
    private final EventHandlers handlers;

    ClinicEventsListener(Inbox inbox, Clinics clinics) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(ClinicChanged.class, event -> Clinic.apply(
                        clinics.lock(event.chainId(), event.payload().clinicId()), event.chainId(), event.payload())
                        .ifPresent(clinics::save))
                .build();
    }

    @KafkaListener(topics = Events.CLINIC_TOPIC)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, handlers);
    }
}
