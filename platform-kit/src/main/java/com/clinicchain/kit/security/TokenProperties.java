package com.clinicchain.kit.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param clockSkew how far a token's exp/nbf may be off our clock ({@code clinic.security.clock-skew}, env
 *                  {@code JWT_CLOCK_SKEW}; default in {@code clinic-kit-defaults.yml})
 */
@ConfigurationProperties("clinic.security")
public record TokenProperties(Duration clockSkew) {
}
