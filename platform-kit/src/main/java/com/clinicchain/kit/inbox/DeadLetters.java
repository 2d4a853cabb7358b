package com.clinicchain.kit.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

import com.clinicchain.contracts.Events;
import com.clinicchain.kit.problem.ProblemException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the dead-letter topics and puts a record back on its original topic once whatever made it fail is fixed.
 * The inbox makes a replay safe: an event that was applied after all is skipped the second time.
 */
public class DeadLetters {

    private static final List<String> TOPICS = List.of(Events.PATIENT_TOPIC, Events.TREATMENT_TOPIC,
            Events.INVENTORY_TOPIC);
    private static final Duration POLL = Duration.ofMillis(500);

    /** @param chainId null when the record is unreadable: such records are listed without their content */
    public record DeadLetter(String topic, int partition, long offset, String key, String chainId, String eventType,
                             String error, Instant failedAt) {
    }

    private final ConsumerFactory<String, String> consumers;
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;

    DeadLetters(ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> kafka, JsonMapper json) {
        this.consumers = consumers;
        this.kafka = kafka;
        this.json = json;
    }

    /** The dead letters a chain's admin may see: its own chain's, and the unreadable ones. */
    public List<DeadLetter> list(String chainId) {
        List<DeadLetter> letters = new ArrayList<>();
        try (Consumer<String, String> consumer = reader()) {
            List<TopicPartition> partitions = TOPICS.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic + Events.DEAD_LETTER_SUFFIX).stream()
                            .map(info -> new TopicPartition(info.topic(), info.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(POLL).forEach(record -> {
                    DeadLetter letter = describe(record);
                    if (letter.chainId() == null || letter.chainId().equals(chainId)) {
                        letters.add(letter);
                    }
                });
            }
        }
        return letters;
    }

    public DeadLetter replay(String chainId, String deadLetterTopic, int partition, long offset) {
        String original = deadLetterTopic.endsWith(Events.DEAD_LETTER_SUFFIX)
                ? deadLetterTopic.substring(0, deadLetterTopic.length() - Events.DEAD_LETTER_SUFFIX.length()) : null;
        if (original == null || !TOPICS.contains(original)) {
            throw ProblemException.notFound("dead-letter topic " + deadLetterTopic);
        }
        ConsumerRecord<String, String> record = read(new TopicPartition(deadLetterTopic, partition), offset);
        DeadLetter letter = describe(record);
        if (letter.chainId() != null && !letter.chainId().equals(chainId)) {
            throw ProblemException.notFound("dead letter " + deadLetterTopic + "/" + partition + "/" + offset);
        }
        var again = new ProducerRecord<>(original, record.key(), record.value());
        Set<String> dropped = Set.of(KafkaHeaders.DLT_EXCEPTION_FQCN, KafkaHeaders.DLT_EXCEPTION_MESSAGE,
                KafkaHeaders.DLT_EXCEPTION_STACKTRACE, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN,
                KafkaHeaders.DLT_ORIGINAL_TOPIC, KafkaHeaders.DLT_ORIGINAL_PARTITION, KafkaHeaders.DLT_ORIGINAL_OFFSET,
                KafkaHeaders.DLT_ORIGINAL_TIMESTAMP, KafkaHeaders.DLT_ORIGINAL_TIMESTAMP_TYPE,
                KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
        for (Header header : record.headers()) {
            if (!dropped.contains(header.key())) {
                again.headers().add(header);
            }
        }
        kafka.send(again).join();
        return letter;
    }

    private ConsumerRecord<String, String> read(TopicPartition partition, long offset) {
        try (Consumer<String, String> consumer = reader()) {
            if (consumer.partitionsFor(partition.topic()).stream().noneMatch(p -> p.partition() == partition.partition())
                    || offset < 0 || offset >= consumer.endOffsets(List.of(partition)).get(partition)) {
                throw ProblemException.notFound("dead letter " + partition + "/" + offset);
            }
            consumer.assign(List.of(partition));
            consumer.seek(partition, offset);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.offset() == offset) {
                        return record;
                    }
                }
            }
            throw ProblemException.notFound("dead letter " + partition + "/" + offset);
        }
    }

    private DeadLetter describe(ConsumerRecord<String, String> record) {
        String chainId = null;
        String type = null;
        try {
            JsonNode envelope = record.value() == null ? null : json.readTree(record.value());
            if (envelope != null && envelope.isObject()) {
                chainId = envelope.path("chainId").asString(null);
                type = envelope.path("type").asString(null);
            }
        } catch (JacksonException e) {
            // unreadable: listed without content
        }
        return new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(), chainId, type,
                header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE), Instant.ofEpochMilli(record.timestamp()));
    }

    private Consumer<String, String> reader() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return consumers.createConsumer("dead-letter-reader", "dead-letters", null, overrides);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8).lines()
                .limit(1).collect(Collectors.joining());
    }
}
