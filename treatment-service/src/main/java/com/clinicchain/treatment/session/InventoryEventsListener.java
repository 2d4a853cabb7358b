package com.clinicchain.treatment.session;

import java.time.Clock;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.LotQuarantined;
import com.clinicchain.contracts.inventory.LotRecalled;
import com.clinicchain.contracts.inventory.LotReceived;
import com.clinicchain.contracts.inventory.LotReleased;
import com.clinicchain.contracts.inventory.ReservationRejected;
import com.clinicchain.contracts.inventory.StockReserved;
import com.clinicchain.contracts.inventory.VialDiscarded;
import com.clinicchain.contracts.inventory.VialReconstituted;
import com.clinicchain.contracts.inventory.VialsDispatched;
import com.clinicchain.contracts.inventory.VialsQuarantined;
import com.clinicchain.contracts.inventory.VialsReleased;
import com.clinicchain.contracts.inventory.VialsReturned;
import com.clinicchain.contracts.inventory.VialsTransferred;
import com.clinicchain.kit.inbox.EventHandlers;
import com.clinicchain.kit.inbox.Inbox;
import com.clinicchain.treatment.followup.FollowUps;
import com.clinicchain.treatment.vial.KnownVials;

@Component
class InventoryEventsListener {

    private final Inbox inbox;
    private final EventHandlers handlers;

    InventoryEventsListener(Inbox inbox, Sessions sessions, KnownVials vials, FollowUps followUps, Clock clock) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(LotReceived.class, event -> vials.received(event.chainId(), event.payload()))
                .on(VialReconstituted.class, event -> vials.reconstituted(event.chainId(), event.payload()))
                .on(VialDiscarded.class, event -> vials.discarded(event.chainId(), event.payload(), event.occurredAt()))
                .on(VialsDispatched.class, event -> vials.dispatched(event.chainId(), event.payload()))
                .on(VialsTransferred.class, event -> vials.transferred(event.chainId(), event.payload()))
                .on(VialsReturned.class, event -> vials.returned(event.chainId(), event.payload()))
                .on(LotRecalled.class, event -> {
                    vials.recalled(event.chainId(), event.payload());
                    followUps.recallContacts(event.chainId(),
                            sessions.treatedWithLot(event.chainId(), event.payload().lotNumber()), clock.instant());
                })
                .on(LotQuarantined.class, event -> vials.quarantined(event.chainId(), event.payload()))
                .on(LotReleased.class, event -> vials.released(event.chainId(), event.payload()))
                .on(VialsQuarantined.class, event -> vials.held(event.chainId(), event.payload().vialIds(), true,
                        event.occurredAt()))
                .on(VialsReleased.class, event -> vials.held(event.chainId(), event.payload().vialIds(), false,
                        event.occurredAt()))
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
