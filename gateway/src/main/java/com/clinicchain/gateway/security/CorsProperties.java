package com.clinicchain.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Origins of the web front-ends allowed to call the gateway from a browser
 * ({@code clinic.gateway.cors.allowed-origins}, from {@code CORS_ALLOWED_ORIGINS} as a comma list).
 */
@ConfigurationProperties("clinic.gateway.cors")
public record CorsProperties(List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList();
    }
}
