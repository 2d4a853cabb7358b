package com.clinicchain.kit.inbox;

import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.FixedBackOff;
import org.springframework.transaction.support.TransactionTemplate;

import com.clinicchain.contracts.Events;

import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration" },
        beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
public class InboxConfiguration {

    @Bean
    DeadLetters deadLetters(ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> kafka,
                            JsonMapper json) {
        return new DeadLetters(consumers, kafka, json);
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetters deadLetters) {
        return new DeadLetterController(deadLetters);
    }

    @Bean
    Inbox inbox(JdbcClient jdbc, TransactionTemplate tx, JsonMapper json) {
        return new Inbox(jdbc, tx, json);
    }

    /**
     * Transient failures (lock timeouts, a conflict) are retried with backoff; after the last retry, or at once
     * for a poison record, the record goes to {@code <topic>.DLT} with the error in its headers and the consumer
     * moves on. While the database cannot be reached at all, no record could succeed: those are retried until it
     * is back, rather than dead-lettering good events one after another.
     */
    @Bean
    CommonErrorHandler deadLetteringErrorHandler(KafkaOperations<Object, Object> kafka) {
        var recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, error) -> new TopicPartition(record.topic() + Events.DEAD_LETTER_SUFFIX, -1));
        var backOff = new ExponentialBackOffWithMaxRetries(5);
        backOff.setInitialInterval(200);
        backOff.setMultiplier(2);
        backOff.setMaxInterval(5_000);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(PoisonEventException.class);
        handler.setBackOffFunction((record, error) -> DatabaseOutage.isCause(error)
                ? new FixedBackOff(2_000, FixedBackOff.UNLIMITED_ATTEMPTS) : null);
        return handler;
    }
}
