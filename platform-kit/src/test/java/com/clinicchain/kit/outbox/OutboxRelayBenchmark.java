package com.clinicchain.kit.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.clinicchain.testsupport.Infrastructure;
import com.zaxxer.hikari.HikariDataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * How fast one relay drains a backlog: fills {@code outbox_event} with N rows (default 100,000) on a real
 * PostgreSQL and publishes them to a real Kafka broker with the producer settings of the services (acks=all,
 * idempotent). Run from the project root:
 * <pre>./mvnw -q -pl platform-kit test-compile exec:java -Dexec.mainClass=com.clinicchain.kit.outbox.OutboxRelayBenchmark [-Dexec.args=100000]</pre>
 */
public final class OutboxRelayBenchmark {

    public static void main(String[] args) throws Exception {
        int backlog = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Infrastructure infra = Infrastructure.get();
        try (var dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(infra.jdbcUrl("outbox_benchmark_" + System.currentTimeMillis()));
            dataSource.setUsername(infra.dbUsername());
            dataSource.setPassword(infra.dbPassword());
            Flyway.configure().dataSource(dataSource).locations("classpath:db/kit").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            String topic = "outbox-benchmark";
            try (var admin = AdminClient.create(Map.of("bootstrap.servers", infra.kafkaBootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
            }
            var producers = new DefaultKafkaProducerFactory<String, String>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.LINGER_MS_CONFIG, 2),
                    new StringSerializer(), new StringSerializer());

            fill(jdbc, topic, backlog);
            var tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            var relay = new OutboxRelay(jdbc, tx, new KafkaTemplate<>(producers), new SimpleMeterRegistry(), 500,
                    Duration.ofMillis(200), Duration.ofDays(7));
            long started = System.nanoTime();
            int published = 0;
            for (int batch = relay.publishBatch(); batch > 0; batch = relay.publishBatch()) {
                published += batch;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long pending = jdbc.sql("select count(*) from outbox_event where sent_at is null").query(Long.class).single();
            System.out.printf("outbox relay: %d events in %.1f s = %.0f events/s (batch 500, acks=all); %d pending%n",
                    published, seconds, published / seconds, pending);
            producers.destroy();
        }
        System.exit(0);
    }

    /** Envelopes of a realistic size (about 330 bytes), 1,000 aggregates so that keys spread over partitions. */
    private static void fill(JdbcClient jdbc, String topic, int rows) {
        jdbc.sql("""
                insert into outbox_event (event_id, topic, record_key, event_type, event_version, envelope, correlation_id)
                select gen_random_uuid(), ?, 'aggregate-' || (n % 1000), 'SessionScheduled', 1,
                       '{"id":"' || gen_random_uuid() || '","type":"SessionScheduled","version":1,'
                       || '"occurredAt":"2026-11-26T10:00:00Z","chainId":"demo-chain","payload":{"sessionId":"'
                       || gen_random_uuid() || '","patientId":"' || gen_random_uuid()
                       || '","clinicId":"clinic-north","productId":"00000000-0000-4000-8000-000000000001",'
                       || '"expectedUnits":20,"startsAt":"2026-12-01T10:00:00Z"}}', 'bench-' || n
                from generate_series(1, ?) as n""").params(topic, rows).update();
    }
}
