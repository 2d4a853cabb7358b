package com.clinicchain.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * Boot's decoder takes this validator in place of Spring's default timestamp check (60 s of skew) and keeps the
 * issuer and audience checks.
 */
@Configuration(proxyBeanMethods = false)
class ClockSkew {

    @Bean
    OAuth2TokenValidator<Jwt> expiryWithClockSkew(TokenProperties properties) {
        return new JwtTimestampValidator(properties.clockSkew());
    }
}
