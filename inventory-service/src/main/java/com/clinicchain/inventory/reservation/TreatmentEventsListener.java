package com.clinicchain.inventory.reservation;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.treatment.SessionCancelled;
import com.clinicchain.contracts.treatment.SessionCompleted;
import com.clinicchain.contracts.treatment.SessionScheduled;
import com.clinicchain.kit.inbox.EventHandlers;
import com.clinicchain.kit.inbox.Inbox;

/** Sessions booked, cancelled and completed in the treatment service, each applied exactly once. */
@Component
class TreatmentEventsListener {

    private final Inbox inbox;
    private final EventHandlers handlers;

    TreatmentEventsListener(Inbox inbox, SessionStock sessionStock) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(SessionScheduled.class, event -> sessionStock.scheduled(event.chainId(), event.payload()))
                .on(SessionCancelled.class, event -> sessionStock.cancelled(event.chainId(), event.payload()))
                .on(SessionCompleted.class,
                        event -> sessionStock.completed(event.chainId(), event.occurredAt(), event.payload()))
                .build();
    }

    @KafkaListener(topics = Events.TREATMENT_TOPIC)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, handlers);
    }
}
