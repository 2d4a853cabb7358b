package com.clinicchain.inventory.reservation;

import static com.clinicchain.inventory.Fixtures.BOTOX;
import static com.clinicchain.inventory.Fixtures.CHAIN;
import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.send;
import static com.clinicchain.inventory.Fixtures.stockLine;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.treatment.SessionCancelled;
import com.clinicchain.contracts.treatment.SessionCompleted;
import com.clinicchain.contracts.treatment.SessionScheduled;
import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.Infrastructure;

import tools.jackson.databind.JsonNode;

/**
 * Defect 7: sessions refused for want of stock are served, oldest booking first, when units arrive at their clinic.
 * Bookings and cancellations come over the real broker; deliveries through the API.
 */
class WaitingSessionsTest extends InventoryServiceTest {

    static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void aSessionRefusedForWantOfStockIsServedWhenADeliveryArrives() {
        String clinic = Fixtures.newClinic();
        UUID session = book(clinic, 20);
        assertThat(reason(session)).isEqualTo("INSUFFICIENT_STOCK");

        receive(api, clinic, 1);

        assertThat(status(session)).isEqualTo("RESERVED");
        JsonNode line = stockLine(api, clinic);
        assertThat(line.get("reservedUnits").asInt()).isEqualTo(20);
        assertThat(line.get("availableUnits").asInt()).isEqualTo(80);
        assertThat(answersTo(session)).containsExactly("ReservationRejected", "StockReserved");
        JsonNode reserved = stockReservedOnTheTopic(session);
        assertThat(reserved.get("clinicId").asString()).isEqualTo(clinic);
        assertThat(reserved.get("units").asInt()).isEqualTo(20);
        assertConsistent(clinic);
    }

    @Test
    void theOldestWaitingBookingIsServedFirstAndOneTooLargeIsPassedOverForASmallerLaterOne() {
        String clinic = Fixtures.newClinic();
        UUID oldest = book(clinic, 60);
        UUID second = book(clinic, 60);
        UUID smallLater = book(clinic, 30);

        receive(api, clinic, 1);

        assertThat(status(oldest)).isEqualTo("RESERVED");
        assertThat(status(second)).as("60 more do not fit in the 40 left").isEqualTo("REJECTED");
        assertThat(status(smallLater)).isEqualTo("RESERVED");
        assertThat(stockLine(api, clinic).get("reservedUnits").asInt()).isEqualTo(90);
        assertThat(answersTo(second)).containsExactly("ReservationRejected");

        receive(api, clinic, 1);
        assertThat(status(second)).as("still in line for the next delivery").isEqualTo("RESERVED");
        assertThat(stockLine(api, clinic).get("reservedUnits").asInt()).isEqualTo(150);
        assertConsistent(clinic);
    }

    @Test
    void aWaitingSessionCancelledMeanwhileIsNotServed() {
        String clinic = Fixtures.newClinic();
        UUID cancelled = book(clinic, 20);
        send(cancelled, new SessionCancelled(cancelled, clinic, BOTOX, "patient called"));
        await().atMost(PATIENCE).until(() -> "RELEASED".equals(status(cancelled)));

        receive(api, clinic, 1);

        assertThat(status(cancelled)).isEqualTo("RELEASED");
        assertThat(stockLine(api, clinic).get("reservedUnits").asInt()).isZero();
        assertThat(answersTo(cancelled)).containsExactly("ReservationRejected");
        assertConsistent(clinic);
    }

    @Test
    void aSessionThatHasAlreadyBegunIsNotServed() {
        String clinic = Fixtures.newClinic();
        UUID begun = UUID.randomUUID();
        send(begun, new SessionScheduled(begun, UUID.randomUUID(), clinic, BOTOX, 20, Instant.now().minusSeconds(60)));
        await().atMost(PATIENCE).until(() -> "REJECTED".equals(status(begun)));

        receive(api, clinic, 1);

        assertThat(status(begun)).isEqualTo("REJECTED");
        assertThat(stockLine(api, clinic).get("reservedUnits").asInt()).isZero();
    }

    @Test
    void aWaitingSessionThatHasBegunLeavesTheListAtTheNextArrivalWithANamedOutcome() {
        String clinic = Fixtures.newClinic();
        UUID begun = UUID.randomUUID();
        send(begun, new SessionScheduled(begun, UUID.randomUUID(), clinic, BOTOX, 20, Instant.now().minusSeconds(60)));
        await().atMost(PATIENCE).until(() -> "REJECTED".equals(status(begun)));
        UUID toCome = book(clinic, 20);

        receive(api, clinic, 1);

        assertThat(status(toCome)).isEqualTo("RESERVED");
        assertThat(status(begun)).isEqualTo("REJECTED");
        assertThat(reason(begun)).as("off the waiting list").isEqualTo("NO_STOCK_BEFORE_START");
        assertThat(answersTo(begun)).containsExactly("ReservationRejected");
        assertThat(stockLine(api, clinic).get("reservedUnits").asInt()).isEqualTo(20);
        assertConsistent(clinic);
    }

    @Test
    void theUnitsACancellationGivesBackServeAWaitingSession() {
        String clinic = Fixtures.newClinic();
        receive(api, clinic, 1);
        UUID reserved = book(clinic, 80, "RESERVED");
        UUID waiting = book(clinic, 40);

        send(reserved, new SessionCancelled(reserved, clinic, BOTOX, "patient called"));

        await().atMost(PATIENCE).until(() -> "RESERVED".equals(status(waiting)));
        assertThat(status(reserved)).isEqualTo("RELEASED");
        assertThat(stockLine(api, clinic).get("reservedUnits").asInt()).isEqualTo(40);
        assertThat(answersTo(waiting)).containsExactly("ReservationRejected", "StockReserved");
        assertConsistent(clinic);
    }

    @Test
    void aTransferReceivedAtTheWaitingClinicServesIt() {
        String sender = Fixtures.newClinic();
        String clinic = Fixtures.newClinic();
        Fixtures.Lot lot = receive(api, sender, 1);
        UUID waiting = book(clinic, 30);
        String transfer = transfer(sender, clinic, lot.vialIds());
        step(transfer, "dispatch");
        assertThat(status(waiting)).isEqualTo("REJECTED");

        step(transfer, "receive");

        assertServed(waiting, clinic, 30);
    }

    @Test
    void aTransferCancelledInTransitServesTheSendersWaitingSession() {
        String clinic = Fixtures.newClinic();
        Fixtures.Lot lot = receive(api, clinic, 2);
        String transfer = transfer(clinic, Fixtures.newClinic(), lot.vialIds().subList(0, 1));
        step(transfer, "dispatch");
        UUID waiting = book(clinic, 150);

        step(transfer, "cancel");

        assertServed(waiting, clinic, 150);
    }

    @Test
    void aQuarantinedVialReleasedServesAWaitingSession() {
        String clinic = Fixtures.newClinic();
        Fixtures.Lot lot = receive(api, clinic, 1);
        Reply fridge = api.post(token("alice.admin"), "/api/inventory/fridges", Map.of("clinicId", clinic,
                "name", "Fridge W"));
        String fridgeId = fridge.json().get("id").asString();
        assertThat(api.post(token("alice.admin"), "/api/inventory/fridges/" + fridgeId + "/lots",
                Map.of("lotId", lot.id())).status()).isEqualTo(200);
        Instant warmSince = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        for (int minutes : new int[] { 0, 40 }) {
            Reply reading = api.post(token("alice.admin"), "/api/inventory/fridges/" + fridgeId + "/readings",
                    Map.of("celsius", 11.0, "at", warmSince.plus(minutes, ChronoUnit.MINUTES).toString()));
            assertThat(reading.status()).as(reading.toString()).isEqualTo(201);
        }
        assertThat(stockLine(api, clinic).get("availableUnits").asInt()).as("the vial is quarantined").isZero();
        UUID waiting = book(clinic, 50);

        Reply released = api.post(token("alice.admin"), "/api/inventory/vials/" + lot.vialIds().get(0) + "/release",
                Map.of("reason", "maker's stability data covers 40 min at 11 °C"));
        assertThat(released.status()).as(released.toString()).isEqualTo(200);

        assertServed(waiting, clinic, 50);
    }

    @Test
    void aCompletionThatUsedFewerUnitsThanItHeldServesAWaitingSession() {
        String clinic = Fixtures.newClinic();
        Fixtures.Lot lot = receive(api, clinic, 1);
        UUID reserved = book(clinic, 80, "RESERVED");
        UUID waiting = book(clinic, 40);

        send(reserved, new SessionCompleted(reserved, UUID.randomUUID(), clinic, BOTOX,
                List.of(new SessionCompleted.VialUse(lot.vialIds().get(0), "ignored", 30)), "nina.nurse"));

        await().atMost(PATIENCE).until(() -> "CONSUMED".equals(status(reserved)));
        assertServed(waiting, clinic, 40);
        assertThat(stockLine(api, clinic).get("onHandUnits").asInt()).isEqualTo(70);
    }

    /** The waiting session now holds its units, told the platform so, and the clinic's books agree. */
    void assertServed(UUID session, String clinic, int units) {
        await().atMost(PATIENCE).until(() -> "RESERVED".equals(status(session)));
        assertThat(answersTo(session)).containsExactly("ReservationRejected", "StockReserved");
        JsonNode reserved = stockReservedOnTheTopic(session);
        assertThat(reserved.get("clinicId").asString()).isEqualTo(clinic);
        assertThat(reserved.get("units").asInt()).isEqualTo(units);
        assertThat(stockLine(api, clinic).get("reservedUnits").asInt()).isEqualTo(units);
        assertConsistent(clinic);
    }

    String transfer(String from, String to, List<UUID> vials) {
        Reply requested = api.post(token("alice.admin"), "/api/inventory/transfers", Map.of("fromClinicId", from,
                "toClinicId", to, "vialIds", vials.stream().map(UUID::toString).toList()));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        return requested.json().get("id").asString();
    }

    void step(String transfer, String action) {
        Reply reply = api.post(token("alice.admin"), "/api/inventory/transfers/" + transfer + "/" + action,
                action.equals("cancel") ? Map.of("reason", "not needed after all") : Map.of());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    // --- helpers --------------------------------------------------------------------------------------------

    /** Books a session an hour ahead and waits for inventory's answer, so that bookings are in the order made. */
    UUID book(String clinic, int units, String answer) {
        UUID session = UUID.randomUUID();
        send(session, new SessionScheduled(session, UUID.randomUUID(), clinic, BOTOX, units,
                Instant.now().plusSeconds(3600)));
        await().atMost(PATIENCE).until(() -> status(session) != null);
        assertThat(status(session)).isEqualTo(answer);
        return session;
    }

    UUID book(String clinic, int units) {
        return book(clinic, units, "REJECTED");
    }

    String status(UUID session) {
        return column("status", session);
    }

    String reason(UUID session) {
        return column("reason", session);
    }

    private String column(String column, UUID session) {
        return jdbc.sql("select " + column + " from reservation where session_id = ?").param(session)
                .query(String.class).optional().orElse(null);
    }

    List<String> answersTo(UUID session) {
        return jdbc.sql("select event_type from outbox_event where record_key = ? order by seq")
                .param(session.toString()).query(String.class).list();
    }

    void assertConsistent(String clinic) {
        var check = api.get(token("alice.admin"), "/api/inventory/admin/consistency?clinicId=" + clinic);
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        assertThat(check.json().get("differences")).as(check.toString()).isEmpty();
    }

    /** Reads inventory-events from the start until the relay has published a StockReserved for the session. */
    static JsonNode stockReservedOnTheTopic(UUID session) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.get().kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Events.INVENTORY_TOPIC));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event = ApiClient.JSON.readTree(record.value());
                    if (session.toString().equals(record.key()) && "StockReserved".equals(event.get("type").asString())
                            && CHAIN.equals(event.get("chainId").asString())) {
                        return event.get("payload");
                    }
                }
            }
        }
        throw new AssertionError("no StockReserved for session " + session + " on " + Events.INVENTORY_TOPIC);
    }
}
