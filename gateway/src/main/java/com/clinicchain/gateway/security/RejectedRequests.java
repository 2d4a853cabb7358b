package com.clinicchain.gateway.security;

import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import com.clinicchain.problems.ProblemType;
import com.clinicchain.gateway.problem.ProblemResponses;

import reactor.core.publisher.Mono;

/**
 * Requests Spring Security's firewall throws out before any filter (an encoded NUL, {@code ..} or {@code //} in the
 * path) get a 400 problem like every other error, instead of an empty body; the firewall's reason is not echoed.
 */
@Component
class RejectedRequests implements ServerExchangeRejectedHandler {

    private final ProblemResponses problems;

    RejectedRequests(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return problems.write(exchange, ProblemType.BAD_REQUEST,
                "The request path or headers contain characters that are not allowed.");
    }
}
