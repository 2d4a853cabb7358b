package com.clinicchain.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The single entry point for web front-ends and partner systems. Routes {@code /api/**} to the clinic services,
 * checks the bearer token (every service checks it again), applies CORS, adds correlation ids and answers its own
 * errors as RFC 9457 problem documents.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
