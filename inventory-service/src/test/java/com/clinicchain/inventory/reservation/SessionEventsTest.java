package com.clinicchain.inventory.reservation;

import com.clinicchain.testsupport.DemoProducts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicchain.contracts.EventEnvelope;
import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.treatment.SessionCancelled;
import com.clinicchain.contracts.treatment.SessionCompleted;
import com.clinicchain.contracts.treatment.SessionCompleted.VialUse;
import com.clinicchain.contracts.treatment.SessionScheduled;
import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.Infrastructure;
import com.clinicchain.testsupport.Tokens;

import tools.jackson.databind.JsonNode;

/**
 * The treatment service's events put on the real broker, as its outbox would write them; the effects read from
 * the real database and the answers read back from the {@code inventory-events} topic.
 */
class SessionEventsTest extends InventoryServiceTest {

    static final UUID BOTOX = DemoProducts.BOTOX;
    static final String CHAIN = "demo-chain";
    static final Duration PATIENCE = Duration.ofSeconds(90);

    static KafkaProducer<String, String> producer;

    @BeforeAll
    static void producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.get().kafkaBootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer = new KafkaProducer<>(properties);
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    // --- the scenarios ------------------------------------------------------------------------------------

    @Test
    void aScheduledSessionReservesItsUnitsOnceHoweverOftenItIsDelivered() {
        String clinic = newClinicWithVials(1);
        UUID session = UUID.randomUUID();
        EventEnvelope<SessionScheduled> scheduled = envelope(scheduled(session, clinic, 20));

        send(session, scheduled);
        send(session, scheduled);
        // a later event on the same partition: once it is applied, both copies before it have been seen
        UUID marker = UUID.randomUUID();
        send(session, envelope(scheduled(marker, clinic, 1)));

        await().atMost(PATIENCE).until(() -> reservationStatus(marker) != null);
        assertThat(reservationStatus(session)).isEqualTo("RESERVED");
        assertThat(reserved(clinic)).isEqualTo(21);
        assertThat(answersTo(session)).containsExactly("StockReserved");
    }

    @Test
    void aCancelledSessionGivesItsUnitsBack() {
        String clinic = newClinicWithVials(1);
        UUID session = UUID.randomUUID();
        send(session, envelope(scheduled(session, clinic, 40)));
        await().atMost(PATIENCE).until(() -> reserved(clinic) == 40);

        send(session, envelope(new SessionCancelled(session, clinic, BOTOX, "patient called")));

        await().atMost(PATIENCE).until(() -> "RELEASED".equals(reservationStatus(session)));
        assertThat(reserved(clinic)).isZero();
        assertThat(onHand(clinic)).isEqualTo(100);
    }

    @Test
    void aCompletedSessionDrawsFromTheVialAndReleasesTheRest() {
        String clinic = newClinicWithVials(2);
        List<UUID> vials = vialsAt(clinic);
        UUID session = UUID.randomUUID();
        send(session, envelope(scheduled(session, clinic, 24)));
        await().atMost(PATIENCE).until(() -> reserved(clinic) == 24);

        UUID unknownVial = UUID.randomUUID();
        send(session, envelope(new SessionCompleted(session, UUID.randomUUID(), clinic, BOTOX, List.of(
                new VialUse(vials.get(0), "ignored", 16), new VialUse(unknownVial, "ignored", 4)))));

        await().atMost(PATIENCE).until(() -> "CONSUMED".equals(reservationStatus(session)));
        assertThat(onHand(clinic)).isEqualTo(184);
        assertThat(reserved(clinic)).isZero();
        Map<String, Object> vial = jdbc.sql("select status, units_remaining from vial where id = ?")
                .param(vials.get(0)).query().singleRow();
        assertThat(vial).containsEntry("status", "IN_USE").containsEntry("units_remaining", 84);
        String consumed = jdbc.sql("""
                select envelope from outbox_event where record_key = ? and event_type = 'StockConsumed'""")
                .param(session.toString()).query(String.class).single();
        JsonNode payload = ApiClient.JSON.readTree(consumed).get("payload");
        assertThat(payload.get("unitsConsumed").asInt()).isEqualTo(16);
        assertThat(payload.get("unitsReleased").asInt()).isEqualTo(8);

        Reply stock = api.get(Tokens.password("alice.admin"), "/api/inventory/stock?clinicId=" + clinic);
        JsonNode line = stock.json().get(0);
        assertThat(line.get("onHandUnits").asInt()).isEqualTo(184);
        assertThat(line.get("availableUnits").asInt()).isEqualTo(184);
        assertThat(line.get("sealedVials").asInt()).isEqualTo(1);
    }

    @Test
    void aSessionForAnUnknownProductIsRejected() {
        String clinic = newClinicWithVials(1);
        UUID session = UUID.randomUUID();
        send(session, envelope(new SessionScheduled(session, UUID.randomUUID(), clinic, UUID.randomUUID(), 20,
                Instant.now().plusSeconds(3600))));

        await().atMost(PATIENCE).until(() -> "REJECTED".equals(reservationStatus(session)));
        assertThat(answersTo(session)).containsExactly("ReservationRejected");
        assertThat(reserved(clinic)).isZero();
    }

    @Test
    void theLastUnitsGoToExactlyAsManySessionsAsTheyCover() {
        String clinic = newClinicWithVials(1);
        UUID big = UUID.randomUUID();
        send(big, envelope(scheduled(big, clinic, 90)));
        await().atMost(PATIENCE).until(() -> reserved(clinic) == 90);

        Set<UUID> sessions = new HashSet<>();
        List<Runnable> sends = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID session = UUID.randomUUID();
            sessions.add(session);
            sends.add(() -> send(session, envelope(scheduled(session, clinic, 1))));
        }
        sends.parallelStream().forEach(Runnable::run);

        Map<String, Integer> answers = answersOnTheTopic(sessions);
        assertThat(answers).containsEntry("StockReserved", 10).containsEntry("ReservationRejected", 40);
        assertThat(reserved(clinic)).isEqualTo(100);
        assertThat(onHand(clinic)).isEqualTo(100);
        assertThat(jdbc.sql("select count(*) from reservation where clinic_id = ? and status = 'RESERVED' and units = 1")
                .param(clinic).query(Long.class).single()).isEqualTo(10);
    }

    // --- helpers --------------------------------------------------------------------------------------------

    /** A clinic of its own for each test, stocked through the API by the chain's admin. */
    String newClinicWithVials(int vials) {
        String clinic = Fixtures.newClinic();
        Reply reply = api.post(Tokens.password("alice.admin"), "/api/inventory/lots", Map.of(
                "productId", BOTOX, "lotNumber", "E" + UUID.randomUUID().toString().substring(0, 8),
                "expiryDate", LocalDate.now().plusYears(1), "supplier", "Allergan Aesthetics",
                "clinicId", clinic, "vialCount", vials));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return clinic;
    }

    static SessionScheduled scheduled(UUID session, String clinic, int units) {
        return new SessionScheduled(session, UUID.randomUUID(), clinic, BOTOX, units, Instant.now().plusSeconds(3600));
    }

    static <P> EventEnvelope<P> envelope(P payload) {
        return EventEnvelope.of(CHAIN, payload, Instant.now());
    }

    static void send(UUID key, EventEnvelope<?> event) {
        var record = new ProducerRecord<>(Events.TREATMENT_TOPIC, key.toString(), ApiClient.JSON.writeValueAsString(event));
        record.headers().add(Events.HEADER_TYPE, event.type().getBytes(StandardCharsets.UTF_8));
        record.headers().add(Events.HEADER_VERSION, "1".getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String reservationStatus(UUID session) {
        return jdbc.sql("select status from reservation where session_id = ?").param(session).query(String.class)
                .optional().orElse(null);
    }

    int reserved(String clinic) {
        return stockColumn("reserved_units", clinic);
    }

    int onHand(String clinic) {
        return stockColumn("on_hand_units", clinic);
    }

    private int stockColumn(String column, String clinic) {
        return jdbc.sql("select " + column + " from stock where chain_id = ? and clinic_id = ? and product_id = ?")
                .params(CHAIN, clinic, BOTOX).query(Integer.class).single();
    }

    List<UUID> vialsAt(String clinic) {
        return jdbc.sql("select id from vial where chain_id = ? and clinic_id = ? order by id").params(CHAIN, clinic)
                .query(UUID.class).list();
    }

    List<String> answersTo(UUID session) {
        return jdbc.sql("select event_type from outbox_event where record_key = ? order by seq")
                .param(session.toString()).query(String.class).list();
    }

    /** Reads inventory-events from the start until every session has its answer; counts answers by type. */
    static Map<String, Integer> answersOnTheTopic(Set<UUID> sessions) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.get().kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        Map<String, Integer> counts = new java.util.HashMap<>();
        Set<String> answered = new HashSet<>();
        Set<String> wanted = new HashSet<>(sessions.stream().map(UUID::toString).toList());
        try (var consumer = new KafkaConsumer<String, String>(properties)) {
            consumer.subscribe(List.of(Events.INVENTORY_TOPIC));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!answered.containsAll(wanted) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (wanted.contains(record.key())) {
                        String type = ApiClient.JSON.readTree(record.value()).get("type").asString();
                        counts.merge(type, 1, Integer::sum);
                        answered.add(record.key());
                    }
                }
            }
        }
        assertThat(answered).as("sessions answered on the topic").hasSameSizeAs(wanted);
        return counts;
    }
}
