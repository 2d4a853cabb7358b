package com.clinicchain.treatment.session;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.LotReceived;
import com.clinicchain.contracts.inventory.ReservationRejected;
import com.clinicchain.contracts.inventory.StockReserved;
import com.clinicchain.kit.inbox.EventHandlers;
import com.clinicchain.kit.inbox.Inbox;
import com.clinicchain.treatment.vial.KnownVials;

@Component
class InventoryEventsListener {

    private final Inbox inbox;
    private final EventHandlers handlers;

    InventoryEventsListener(Inbox inbox, Sessions sessions, KnownVials vials) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(LotReceived.class, event -> vials.received(event.chainId(), event.payload()))
                .on(StockReserved.class, event -> sessions.stockAnswered(event.chainId(),
                        event.payload().sessionId(), StockStatus.RESERVED))
                .on(ReservationRejected.class, event -> sessions.stockAnswered(event.chainId(),
                        event.payload().sessionId(), StockStatus.SHORT))
                .build();
    }

    @KafkaListener(topics = Events.INVENTORY_TOPIC)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, handlers);
    }
}
