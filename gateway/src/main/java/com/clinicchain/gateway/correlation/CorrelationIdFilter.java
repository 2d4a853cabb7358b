package com.clinicchain.gateway.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id: a safe {@code X-Correlation-Id} from the caller is kept, anything else is
 * replaced by a new UUID. The id goes to the downstream service, back to the caller, and into the gateway's access
 * log line (MDC key {@value #MDC_KEY}). Runs first, so that also the gateway's own 401/403/503 answers carry it.
 */
@Component
public class CorrelationIdFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Correlation-Id";
    public static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";
    public static final String MDC_KEY = "correlationId";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger log = LoggerFactory.getLogger(CorrelationIdFilter.class);

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String correlationId = resolve(exchange.getRequest().getHeaders().getFirst(HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(HEADER, correlationId))
                .build();
        ServerWebExchange mutated = exchange.mutate().request(request).build();
        mutated.getAttributes().put(ATTRIBUTE, correlationId);
        mutated.getResponse().beforeCommit(() -> {
            // set, not add: a downstream service may echo the header and it must appear once
            mutated.getResponse().getHeaders().set(HEADER, correlationId);
            return Mono.empty();
        });
        long start = System.nanoTime();
        return chain.filter(mutated)
                .doFinally(signal -> logAccess(mutated, correlationId, start));
    }

    static String resolve(String candidate) {
        if (candidate != null && SAFE.matcher(candidate).matches()) {
            return candidate;
        }
        return UUID.randomUUID().toString();
    }

    private static void logAccess(ServerWebExchange exchange, String correlationId, long start) {
        if (!log.isInfoEnabled()) {
            return;
        }
        MDC.put(MDC_KEY, correlationId);
        try {
            HttpStatusCode status = exchange.getResponse().getStatusCode();
            log.info("{} {} -> {} in {} ms", exchange.getRequest().getMethod(), exchange.getRequest().getPath().value(),
                    status != null ? status.value() : "-", (System.nanoTime() - start) / 1_000_000);
        }
        finally {
            MDC.remove(MDC_KEY);
        }
    }
}
