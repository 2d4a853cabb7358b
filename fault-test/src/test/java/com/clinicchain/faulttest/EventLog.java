package com.clinicchain.faulttest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.Infrastructure;

import tools.jackson.databind.JsonNode;

/**
 * Everything a topic holds, from its beginning to its current end: the ground truth of what was published,
 * duplicates included (delivery is at-least-once, so a record may be there twice with the same event id).
 */
final class EventLog {

    /** @param timestamp when the relay's producer sent the record (epoch ms) */
    record Event(String id, String type, String sessionId, long timestamp) {
    }

    private final List<Event> events;

    private EventLog(List<Event> events) {
        this.events = events;
    }

    static EventLog read(String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infrastructure.get().kafkaBootstrapServers(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<Event> events = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end " + end);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    JsonNode envelope = ApiClient.JSON.readTree(record.value());
                    JsonNode session = envelope.path("payload").path("sessionId");
                    events.add(new Event(envelope.get("id").asString(), envelope.get("type").asString(),
                            session.isMissingNode() || session.isNull() ? null : session.asString(),
                            record.timestamp()));
                });
            }
        }
        return new EventLog(events);
    }

    /** Session id → the distinct event ids of {@code type} about it, for the given sessions only. */
    Map<String, Set<String>> eventIdsBySession(String type, List<String> sessionIds) {
        Set<String> wanted = new HashSet<>(sessionIds);
        Map<String, Set<String>> ids = new HashMap<>();
        events.stream().filter(e -> e.type().equals(type) && wanted.contains(e.sessionId()))
                .forEach(e -> ids.computeIfAbsent(e.sessionId(), s -> new HashSet<>()).add(e.id()));
        return ids;
    }

    /** The first record of {@code type} about each of the sessions, by session id. */
    Map<String, Event> firstBySession(String type, List<String> sessionIds) {
        Set<String> wanted = new HashSet<>(sessionIds);
        Map<String, Event> first = new HashMap<>();
        events.stream().filter(e -> e.type().equals(type) && wanted.contains(e.sessionId()))
                .forEach(e -> first.putIfAbsent(e.sessionId(), e));
        return first;
    }

    /** How many records of {@code type} about the sessions are on the topic, duplicates included. */
    long records(String type, List<String> sessionIds) {
        Set<String> wanted = new HashSet<>(sessionIds);
        return events.stream().filter(e -> e.type().equals(type) && wanted.contains(e.sessionId())).count();
    }
}
