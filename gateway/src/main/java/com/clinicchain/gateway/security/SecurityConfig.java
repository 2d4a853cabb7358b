package com.clinicchain.gateway.security;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import reactor.core.publisher.Mono;

/**
 * Stateless bearer-token check in front of every route. Issuer, signature, expiry and audience come from Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*} properties; the token itself is forwarded unchanged so that each
 * service checks it again. Only the health endpoints and the API documentation ({@code /docs} and the three OpenAPI
 * documents under {@code /api-docs/}) are open; the other actuator endpoints are closed even to a valid token.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    static final List<String> ALLOWED_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    static final List<String> ALLOWED_HEADERS = List.of("Authorization", "Content-Type", "If-Match",
            "Idempotency-Key", "X-Correlation-Id");
    static final List<String> DOCUMENTATION_PATHS = List.of("/docs", "/docs/", "/docs/index.html", "/problems/*",
            "/api-docs/patients", "/api-docs/treatments", "/api-docs/inventory");
    static final List<String> EXPOSED_HEADERS = List.of("ETag", "Location", "X-Correlation-Id");

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemSecurityHandlers problems,
            CorsConfigurationSource corsConfigurationSource) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(Customizer.withDefaults())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(cors -> cors.configurationSource(corsConfigurationSource))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // metrics and build info are for operators on the inside, not for API callers with a token
                        .pathMatchers("/actuator", "/actuator/**").denyAll()
                        // the documentation page and the services' OpenAPI documents hold no data
                        .pathMatchers(HttpMethod.GET, DOCUMENTATION_PATHS.toArray(String[]::new)).permitAll()
                        // the services' operations endpoints (dead letters), routed for chain admins alone
                        .pathMatchers("/api/admin", "/api/admin/**").access(SecurityConfig::admin)
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    /** A token with the realm role {@code admin} (Keycloak's {@code realm_access.roles}). */
    static Mono<AuthorizationResult> admin(Mono<Authentication> authentication, AuthorizationContext context) {
        return authentication.map(SecurityConfig::isAdmin)
                .map(admin -> (AuthorizationResult) new AuthorizationDecision(admin))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    static boolean isAdmin(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken jwt) || !authentication.isAuthenticated()) {
            return false;
        }
        Object realmAccess = jwt.getToken().getClaims().get("realm_access");
        return realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> roles
                && roles.contains("admin");
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(properties.allowedOrigins());
        config.setAllowedMethods(ALLOWED_METHODS);
        config.setAllowedHeaders(ALLOWED_HEADERS);
        config.setExposedHeaders(EXPOSED_HEADERS);
        // bearer tokens, no cookies
        config.setAllowCredentials(false);
        config.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", config);
        return source;
    }
}
