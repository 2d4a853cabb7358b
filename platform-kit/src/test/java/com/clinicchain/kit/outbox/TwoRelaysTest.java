package com.clinicchain.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.clinicchain.testsupport.Infrastructure;
import com.clinicchain.testsupport.TopicReader;
import com.zaxxer.hikari.HikariDataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Two instances of a service relay one outbox, on the real PostgreSQL and Kafka, while rows keep arriving:
 * every row reaches the topic exactly once and each aggregate's events keep their order.
 */
class TwoRelaysTest {

    private static final int ROWS = 3_000;
    private static final int AGGREGATES = 50;

    private final Infrastructure infra = Infrastructure.get();
    private final String topic = "two-relays-" + UUID.randomUUID();
    private final List<OutboxRelay> relays = new ArrayList<>();
    private final List<DefaultKafkaProducerFactory<String, String>> producers = new ArrayList<>();
    private HikariDataSource dataSource;
    private JdbcClient jdbc;

    @BeforeEach
    void outboxAndTopic() throws Exception {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(infra.jdbcUrl("two_relays"));
        dataSource.setUsername(infra.dbUsername());
        dataSource.setPassword(infra.dbPassword());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/kit").cleanDisabled(false).load().migrate();
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("delete from outbox_event").update();
        try (var admin = AdminClient.create(Map.of("bootstrap.servers", infra.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
    }

    @AfterEach
    void stop() {
        relays.forEach(OutboxRelay::stop);
        producers.forEach(DefaultKafkaProducerFactory::destroy);
        dataSource.close();
    }

    @Test
    void eachRowIsPublishedOnceAndInOrderPerAggregate() throws Exception {
        append(1, ROWS / 2);
        relays.add(relay());
        relays.add(relay());
        relays.forEach(OutboxRelay::start);
        for (int from = ROWS / 2 + 1; from <= ROWS; from += 100) {
            append(from, from + 99);
            Thread.sleep(20);
        }

        awaitDrained(Duration.ofSeconds(90));

        assertThat(recordsOnTopic()).as("records on the topic, duplicates included").isEqualTo(ROWS);
        Map<String, List<Integer>> sequenceByAggregate = new HashMap<>();
        TopicReader.read(topic, record -> true, ROWS, Duration.ofSeconds(60)).forEach(record ->
                sequenceByAggregate.computeIfAbsent(record.key(), key -> new ArrayList<>())
                        .add(Integer.parseInt(record.value())));
        assertThat(sequenceByAggregate).hasSize(AGGREGATES);
        sequenceByAggregate.forEach((aggregate, sequence) ->
                assertThat(sequence).as(aggregate).isSorted().doesNotHaveDuplicates());
    }

    private OutboxRelay relay() {
        var factory = new DefaultKafkaProducerFactory<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer());
        producers.add(factory);
        return new OutboxRelay(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                new KafkaTemplate<>(factory), new SimpleMeterRegistry(), 100, Duration.ofMillis(50), Duration.ofDays(7));
    }

    /** Rows {@code from..to}; the envelope is just the row's number, to check the order on the topic. */
    private void append(int from, int to) {
        jdbc.sql("""
                insert into outbox_event (event_id, topic, record_key, event_type, event_version, envelope)
                select gen_random_uuid(), ?, 'aggregate-' || (n % ?), 'Test', 1, n::text
                from generate_series(?, ?) as n""").params(topic, AGGREGATES, from, to).update();
    }

    private void awaitDrained(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(pending()).as("rows still pending").isZero();
    }

    private long pending() {
        return jdbc.sql("select count(*) from outbox_event where sent_at is null").query(Long.class).single();
    }

    private long recordsOnTopic() throws Exception {
        try (var admin = AdminClient.create(Map.of("bootstrap.servers", infra.kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(topic)).allTopicNames().get()
                    .get(topic).partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(info -> info.offset()).sum();
        }
    }
}
