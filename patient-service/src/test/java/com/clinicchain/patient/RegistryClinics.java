package com.clinicchain.patient;

import java.time.Instant;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicchain.contracts.EventEnvelope;
import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.registry.ClinicChanged;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.Infrastructure;

/**
 * The chain's clinic registry as the patient service hears of it: {@link ClinicChanged} events put on the real
 * broker's {@code clinic-events} as the registry's (treatment service's) relay does, each returned once the service's
 * read model has that revision, since a patient's home clinic must be one the registry announced.
 */
public final class RegistryClinics {

    public static final String CHAIN = "demo-chain";
    public static final String OTHER_CHAIN = "other-chain";

    private static KafkaProducer<String, String> producer;
    private static boolean demoClinicsAnnounced;

    private RegistryClinics() {
    }

    /**
     * The clinics the demo realm's tokens name, announced once for all the tests of a run. Revision 0, so that a
     * test announcing one of them itself (revision 1 and on) would replace this copy.
     */
    static synchronized void announceDemoClinics(JdbcClient jdbc) {
        if (!demoClinicsAnnounced) {
            announce(jdbc, CHAIN, "clinic-north", true, 0);
            announce(jdbc, CHAIN, "clinic-south", true, 0);
            announce(jdbc, OTHER_CHAIN, "other-clinic", true, 0);
            demoClinicsAnnounced = true;
        }
    }

    /** An id the registry has never announced. */
    public static String unknownClinic() {
        return "clinic-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Announces the clinic's state and returns once the read model keeps this revision of it. */
    public static void announce(JdbcClient jdbc, String chainId, String clinicId, boolean active, long revision) {
        send(clinicId, EventEnvelope.of(chainId, new ClinicChanged(clinicId, "Clinic " + clinicId,
                new ClinicChanged.Address(List.of("1 High Street"), "LS1 1AA", "Leeds", "GB"), "+44 113 000 0000",
                "Europe/London", List.of(), active, revision), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc
                .sql("select exists (select 1 from clinic where chain_id = ? and clinic_id = ? and revision >= ?)")
                .params(chainId, clinicId, revision).query(Boolean.class).single());
    }

    private static void send(String clinicId, EventEnvelope<?> event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Events.CLINIC_TOPIC, clinicId,
                ApiClient.JSON.writeValueAsString(event));
        record.headers().add(Events.HEADER_TYPE, event.type().getBytes(StandardCharsets.UTF_8));
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
