package com.clinicchain.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code clinic.gateway.limits.*}: request rates per partner client and per signed-in user, and the largest body
 * accepted. Buckets live in this gateway instance; several instances each allow the full rate.
 */
@ConfigurationProperties("clinic.gateway.limits")
public record LimitProperties(Rate partner, Rate staff, long maxBodyBytes) {

    public record Rate(int burst, double perSecond) {
    }
}
