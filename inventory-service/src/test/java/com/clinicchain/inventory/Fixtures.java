package com.clinicchain.inventory;

import java.time.Instant;
import com.clinicchain.testsupport.DemoProducts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.clinicchain.contracts.EventEnvelope;
import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.registry.ClinicChanged;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.Infrastructure;
import com.clinicchain.testsupport.Tokens;

import tools.jackson.databind.JsonNode;

/** What the newer integration tests share: demo users' tokens, stocked clinics, and treatment events sent. */
public final class Fixtures {

    public static final UUID BOTOX = DemoProducts.BOTOX;
    public static final String CHAIN = "demo-chain";

    private record Cached(String token, long fetchedAt) {
    }

    private static final Map<String, Cached> TOKENS = new ConcurrentHashMap<>();
    private static KafkaProducer<String, String> producer;
    private static JdbcClient readModel;
    private static boolean demoClinicsRegistered;

    private Fixtures() {
    }

    /** A demo user's token, fetched once a minute at most: Keycloak's tokens live five. */
    public static String token(String user) {
        Cached cached = TOKENS.compute(user, (name, old) -> old != null
                && System.nanoTime() - old.fetchedAt() < 60_000_000_000L ? old : new Cached(
                name.equals("partner-demo") ? Tokens.clientCredentials("partner-demo", "partner-demo-secret")
                        : Tokens.password(name), System.nanoTime()));
        return cached.token();
    }

    /**
     * A new clinic of the chain's registry: announced on {@code clinic-events} as the registry's relay does, and
     * returned once inventory's read model has it, since stock is only written at registered clinics.
     */
    public static String newClinic() {
        String clinicId = unknownClinic();
        register(CHAIN, clinicId);
        return clinicId;
    }

    public record FarAwayClinic(String clinicId, ZoneId zone) {
    }

    /**
     * A new clinic announced in a zone whose date differs from UTC's right now, whatever the hour (+14 from 10:00
     * UTC, -11 before 11:00), so that tests on the real clock can tell the clinic's days from UTC's; returned once
     * inventory's read model has it.
     */
    public static FarAwayClinic farAwayClinic() {
        ZoneId zone = LocalDate.now(ZoneId.of("Pacific/Kiritimati")).equals(LocalDate.now(ZoneOffset.UTC))
                ? ZoneId.of("Pacific/Pago_Pago") : ZoneId.of("Pacific/Kiritimati");
        String clinicId = unknownClinic();
        sendClinicEvent(clinicId, EventEnvelope.of(CHAIN, new ClinicChanged(clinicId, "Far away",
                new ClinicChanged.Address(List.of("1 Beach Road"), "00000", "Island", "KI"), "+686 000",
                zone.getId(), List.of(), true, 1), Instant.now()));
        JdbcClient readModel = readModel();
        await().atMost(Duration.ofSeconds(60)).until(() -> readModel
                .sql("select exists (select 1 from clinic where chain_id = ? and clinic_id = ?)")
                .params(CHAIN, clinicId).query(Boolean.class).single());
        return new FarAwayClinic(clinicId, zone);
    }

    /** An id the registry has never announced. */
    public static String unknownClinic() {
        return "clinic-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The clinics the demo realm's tokens name, announced once for all the tests of a run. */
    static synchronized void registerDemoClinics() {
        if (!demoClinicsRegistered) {
            register(CHAIN, "clinic-north");
            register(CHAIN, "clinic-south");
            register("other-chain", "other-clinic");
            demoClinicsRegistered = true;
        }
    }

    /**
     * Revision 0 and UTC, so that a test announcing the clinic itself (revision 1, its own time zone) replaces this
     * copy, and report days stay those of a clinic the registry has not placed anywhere in particular.
     */
    private static void register(String chainId, String clinicId) {
        sendClinicEvent(clinicId, EventEnvelope.of(chainId, new ClinicChanged(clinicId, "Clinic " + clinicId,
                new ClinicChanged.Address(List.of("1 High Street"), "LS1 1AA", "Leeds", "GB"), "+44 113 000 0000",
                "UTC", List.of(), true, 0), Instant.now()));
        // fetched here: awaitility polls on another thread, which must not wait for this class's lock
        JdbcClient readModel = readModel();
        await().atMost(Duration.ofSeconds(60)).until(() -> readModel
                .sql("select exists (select 1 from clinic where chain_id = ? and clinic_id = ?)")
                .params(chainId, clinicId).query(Boolean.class).single());
    }

    /** The service's database, read directly: this runs outside any test instance's Spring context. */
    private static synchronized JdbcClient readModel() {
        if (readModel == null) {
            Infrastructure infrastructure = Infrastructure.get();
            readModel = JdbcClient.create(new DriverManagerDataSource(infrastructure.jdbcUrl("inventory_service"),
                    infrastructure.dbUsername(), infrastructure.dbPassword()));
        }
        return readModel;
    }

    /** A lot received at the clinic by the chain's admin; returns its id and vial ids. */
    public static Lot receive(ApiClient api, String clinicId, int vials, LocalDate expiry) {
        Reply reply = api.post(token("alice.admin"), "/api/inventory/lots", Map.of(
                "productId", BOTOX, "lotNumber", "F" + UUID.randomUUID().toString().substring(0, 8),
                "expiryDate", expiry.toString(), "supplier", "Allergan Aesthetics", "clinicId", clinicId,
                "vialCount", vials));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        List<UUID> ids = new ArrayList<>();
        reply.json().get("vialIds").forEach(id -> ids.add(UUID.fromString(id.asString())));
        return new Lot(UUID.fromString(reply.json().get("id").asString()), clinicId, ids);
    }

    public static Lot receive(ApiClient api, String clinicId, int vials) {
        return receive(api, clinicId, vials, LocalDate.now().plusYears(1));
    }

    public record Lot(UUID id, String clinicId, List<UUID> vialIds) {
    }

    /** The clinic's Botox line of the stock view, as the admin sees it. */
    public static JsonNode stockLine(ApiClient api, String clinicId) {
        Reply reply = api.get(token("alice.admin"), "/api/inventory/stock?clinicId=" + clinicId);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        for (JsonNode line : reply.json()) {
            if (line.get("productId").asString().equals(BOTOX.toString())) {
                return line;
            }
        }
        throw new AssertionError("no Botox stock at " + clinicId);
    }

    public static Reply put(int port, String token, String path, Object body) {
        return new ApiClient("http://127.0.0.1:" + port).put(token, path, body);
    }

    /** Puts a treatment event on the real broker as the treatment service's relay would. */
    public static void send(UUID key, Object payload) {
        send(key, EventEnvelope.of(CHAIN, payload, Instant.now()));
    }

    /** The same envelope may be sent again: that is a redelivery, same event id. */
    public static void send(UUID key, EventEnvelope<?> event) {
        send(new ProducerRecord<>(Events.TREATMENT_TOPIC, key.toString(), ApiClient.JSON.writeValueAsString(event)),
                event.type());
    }

    /** Puts a registry event on {@code clinic-events}, keyed by clinic id as the treatment service's relay does. */
    public static void sendClinicEvent(String clinicId, EventEnvelope<?> event) {
        send(new ProducerRecord<>(Events.CLINIC_TOPIC, clinicId, ApiClient.JSON.writeValueAsString(event)),
                event.type());
    }

    /** A record on one partition of treatment-events, e.g. a marker behind everything sent there before. */
    public static void sendTo(int partition, UUID key, EventEnvelope<?> event) {
        send(new ProducerRecord<>(Events.TREATMENT_TOPIC, partition, key.toString(),
                ApiClient.JSON.writeValueAsString(event)), event.type());
    }

    /** Raw bytes on the topic, headers as the relay sets them, for records that are not what they claim. */
    public static void sendRaw(UUID key, String type, String value) {
        send(new ProducerRecord<>(Events.TREATMENT_TOPIC, key.toString(), value), type);
    }

    public static synchronized int treatmentPartitions() {
        return producer().partitionsFor(Events.TREATMENT_TOPIC).size();
    }

    private static void send(ProducerRecord<String, String> record, String type) {
        record.headers().add(Events.HEADER_TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(Events.HEADER_VERSION, "1".getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties properties = new Properties();
            properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.get().kafkaBootstrapServers());
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }
}
