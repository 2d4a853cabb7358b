package com.clinicchain.gateway.limits;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import com.clinicchain.gateway.problem.GatewayProblem;
import com.clinicchain.gateway.problem.ProblemResponses;

import reactor.core.publisher.Mono;

/**
 * Refuses a declared body above {@code clinic.gateway.limits.max-body-bytes} with 413 before anything reads it. No
 * API of the platform takes more than a few kilobytes.
 */
@Component
class BodySizeFilter implements WebFilter, Ordered {

    private final LimitProperties limits;
    private final ProblemResponses problems;

    BodySizeFilter(LimitProperties limits, ProblemResponses problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > limits.maxBodyBytes()) {
            return problems.write(exchange, GatewayProblem.PAYLOAD_TOO_LARGE,
                    "The request body may be at most " + limits.maxBodyBytes() + " bytes.");
        }
        return chain.filter(exchange);
    }
}
