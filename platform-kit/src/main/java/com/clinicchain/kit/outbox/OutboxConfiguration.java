package com.clinicchain.kit.outbox;

import java.time.Clock;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
@EnableConfigurationProperties({ OutboxProperties.class, TopicProperties.class })
public class OutboxConfiguration {

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, TransactionTemplate tx, KafkaTemplate<String, String> kafka,
                            MeterRegistry meters, OutboxProperties properties) {
        return new OutboxRelay(jdbc, tx, kafka, meters, properties.batchSize(), properties.maxWait(),
                properties.retention());
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, JsonMapper json, OutboxRelay relay, Clock clock) {
        return new Outbox(jdbc, json, relay, clock);
    }

    /** Every service declares every topic and its dead-letter twin; creating an existing topic is a no-op. */
    @Bean
    KafkaAdmin.NewTopics clinicTopics(TopicProperties properties) {
        return new KafkaAdmin.NewTopics(Stream
                .of(Events.PATIENT_TOPIC, Events.TREATMENT_TOPIC, Events.INVENTORY_TOPIC, Events.CLINIC_TOPIC)
                .flatMap(topic -> Stream.of(topic, topic + Events.DEAD_LETTER_SUFFIX))
                .map(topic -> TopicBuilder.name(topic).partitions(properties.partitions()).replicas(properties.replicas())
                        .build())
                .toArray(NewTopic[]::new));
    }
}
