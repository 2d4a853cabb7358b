package com.clinicchain.kit.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code clinic.web.*}: the largest request body a service reads (no API of the platform takes more than a few
 * kilobytes), the same limit as the gateway's so that a service called on its own port holds it too.
 */
@ConfigurationProperties("clinic.web")
public record WebLimits(@DefaultValue("1048576") long maxBodyBytes) {
}
