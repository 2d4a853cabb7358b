package com.clinicchain.kit.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param retention how long an Idempotency-Key and its answer are kept ({@code clinic.idempotency.retention}; default
 *                  in {@code clinic-kit-defaults.yml})
 */
@ConfigurationProperties("clinic.idempotency")
public record IdempotencyProperties(Duration retention) {
}
