package com.clinicchain.kit.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code clinic.web.*}: the largest request body a service reads (no API of the platform takes more than a few
 * kilobytes), the same limit as the gateway's so that a service called on its own port holds it too; and how long a
 * request's line and headers may take to arrive once begun (Tomcat's {@code server.tomcat.connection-timeout} counts
 * from the last byte only).
 */
@ConfigurationProperties("clinic.web")
public record WebLimits(@DefaultValue("1048576") long maxBodyBytes, @DefaultValue("5s") Duration headerTimeout) {
}
