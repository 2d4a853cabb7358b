package com.clinicchain.kit.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The shape of every topic a service declares ({@code clinic.kafka.*}; defaults in {@code clinic-kit-defaults.yml}). */
@ConfigurationProperties("clinic.kafka")
public record TopicProperties(int partitions, short replicas) {
}
