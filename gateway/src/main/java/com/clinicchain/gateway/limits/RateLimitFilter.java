package com.clinicchain.gateway.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import com.clinicchain.problems.ProblemType;
import com.clinicchain.gateway.problem.ProblemResponses;

import reactor.core.publisher.Mono;

/**
 * Token bucket per caller, after the token is validated: a partner client is limited as a whole (its {@code azp}),
 * staff per person. Over the limit: 429 with {@code Retry-After}.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private static final int EVICT_ABOVE = 10_000;

    private final LimitProperties limits;
    private final ProblemResponses problems;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(LimitProperties limits, ProblemResponses problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> waitSeconds((JwtAuthenticationToken) principal))
                .defaultIfEmpty(0L)
                .flatMap(wait -> {
                    if (wait == 0) {
                        return chain.filter(exchange);
                    }
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(wait));
                    return problems.write(exchange, ProblemType.TOO_MANY_REQUESTS,
                            "Too many requests from this client; retry after " + wait + " s.");
                });
    }

    private long waitSeconds(JwtAuthenticationToken token) {
        String client = token.getToken().getClaimAsString("azp");
        String username = token.getToken().getClaimAsString("preferred_username");
        boolean partner = username != null && username.startsWith("service-account-");
        LimitProperties.Rate rate = partner ? limits.partner() : limits.staff();
        String key = partner ? "client:" + client : "user:" + token.getToken().getSubject();
        long now = System.nanoTime();
        if (buckets.size() > EVICT_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
        return buckets.computeIfAbsent(key, k -> new TokenBucket(rate.burst(), rate.perSecond(), now)).take(now);
    }
}
