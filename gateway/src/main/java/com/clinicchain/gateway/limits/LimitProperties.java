package com.clinicchain.gateway.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code clinic.gateway.limits.*}: request rates per partner client and per signed-in user, the largest body
 * accepted, and how long a request's head (request line and headers) may take to arrive once it has begun. Buckets
 * live in this gateway instance; several instances each allow the full rate.
 */
@ConfigurationProperties("clinic.gateway.limits")
public record LimitProperties(Rate partner, Rate staff, @DefaultValue("1048576") long maxBodyBytes,
                              @DefaultValue("5s") Duration headerTimeout) {

    public record Rate(int burst, double perSecond) {
    }
}
