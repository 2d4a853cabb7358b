package com.clinicchain.gateway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param clockSkew how long after its expiry a token is still accepted: the same property as the services'
 *                  ({@code clinic.security.clock-skew}, env {@code JWT_CLOCK_SKEW}; default in application.yml)
 */
@ConfigurationProperties("clinic.security")
public record TokenProperties(Duration clockSkew) {
}
