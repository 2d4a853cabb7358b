package com.clinicchain.gateway.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * How long after its expiry a token is still accepted, the same property as the services' ({@code
 * clinic.security.clock-skew}, env {@code JWT_CLOCK_SKEW}, default 30 s). Boot's decoder takes this
 * validator in place of Spring's default timestamp check (60 s) and keeps the issuer and audience checks.
 */
@Configuration(proxyBeanMethods = false)
class ClockSkew {

    @Bean
    OAuth2TokenValidator<Jwt> expiryWithClockSkew(@Value("${clinic.security.clock-skew:30s}") Duration clockSkew) {
        return new JwtTimestampValidator(clockSkew);
    }
}
