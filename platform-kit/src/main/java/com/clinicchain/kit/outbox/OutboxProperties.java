package com.clinicchain.kit.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the relay drains the outbox ({@code clinic.outbox.*}; defaults in {@code clinic-kit-defaults.yml}).
 *
 * @param batchSize rows sent per round
 * @param maxWait   the longest a written row waits for the relay when no commit wakes it
 * @param retention how long sent rows are kept for inspection before they are deleted
 */
@ConfigurationProperties("clinic.outbox")
public record OutboxProperties(int batchSize, Duration maxWait, Duration retention) {
}
