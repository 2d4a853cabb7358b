package com.clinicchain.kit.outbox;

import java.time.Duration;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.clinicchain.contracts.Events;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration" })
public class OutboxConfiguration {

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, TransactionTemplate tx, KafkaTemplate<String, String> kafka,
                            MeterRegistry meters,
                            @Value("${clinic.outbox.batch-size}") int batchSize,
                            @Value("${clinic.outbox.max-wait}") Duration maxWait,
                            @Value("${clinic.outbox.retention}") Duration retention) {
        return new OutboxRelay(jdbc, tx, kafka, meters, batchSize, maxWait, retention);
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, JsonMapper json, OutboxRelay relay) {
        return new Outbox(jdbc, json, relay);
    }

    /** Every service declares every topic and its dead-letter twin; creating an existing topic is a no-op. */
    @Bean
    KafkaAdmin.NewTopics clinicTopics(@Value("${clinic.kafka.partitions}") int partitions,
                                      @Value("${clinic.kafka.replicas}") short replicas) {
        return new KafkaAdmin.NewTopics(java.util.stream.Stream
                .of(Events.PATIENT_TOPIC, Events.TREATMENT_TOPIC, Events.INVENTORY_TOPIC, Events.CLINIC_TOPIC)
                .flatMap(topic -> java.util.stream.Stream.of(topic, topic + Events.DEAD_LETTER_SUFFIX))
                .map(topic -> TopicBuilder.name(topic).partitions(partitions).replicas(replicas).build())
                .toArray(NewTopic[]::new));
    }
}
