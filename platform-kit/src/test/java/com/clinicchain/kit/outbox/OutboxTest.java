package com.clinicchain.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

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
import com.zaxxer.hikari.HikariDataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The outbox row an event leaves, on the real PostgreSQL: the service's clock says when the event occurred. */
class OutboxTest {

    private static final Instant NINE_AM = Instant.parse("2026-03-01T09:00:00Z");

    private final Infrastructure infra = Infrastructure.get();
    private final JsonMapper json = JsonMapper.builder().build();
    private HikariDataSource dataSource;
    private DefaultKafkaProducerFactory<String, String> producers;

    @BeforeEach
    void database() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(infra.jdbcUrl("outbox_clock"));
        dataSource.setUsername(infra.dbUsername());
        dataSource.setPassword(infra.dbPassword());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/kit").load().migrate();
        producers = new DefaultKafkaProducerFactory<>(Map.of("bootstrap.servers", infra.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer());
    }

    @AfterEach
    void close() {
        producers.destroy();
        dataSource.close();
    }

    @Test
    void anEventOccursAtTheTimeOfTheServicesClock() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        OutboxRelay relay = new OutboxRelay(jdbc, tx, new KafkaTemplate<>(producers), new SimpleMeterRegistry(), 100,
                Duration.ofMillis(50), Duration.ofDays(7));
        Outbox outbox = new Outbox(jdbc, json, relay, Clock.fixed(NINE_AM, ZoneOffset.UTC));
        UUID aggregate = UUID.randomUUID();

        var event = tx.execute(status -> outbox.append("clock-topic", aggregate, "demo-chain", new Noted("hello")));

        assertThat(event.occurredAt()).isEqualTo(NINE_AM);
        JsonNode stored = json.readTree(jdbc.sql("select envelope from outbox_event where event_id = ?")
                .param(event.id()).query(String.class).single());
        assertThat(stored.get("occurredAt").asString()).isEqualTo("2026-03-01T09:00:00Z");
        assertThat(stored.get("type").asString()).isEqualTo("Noted");
    }

    record Noted(String text) {
    }
}
