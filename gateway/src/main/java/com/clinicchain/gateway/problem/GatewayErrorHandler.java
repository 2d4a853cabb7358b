package com.clinicchain.gateway.problem;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.TimeoutException;

import com.clinicchain.gateway.correlation.CorrelationIdFilter;
import com.clinicchain.gateway.limits.BodyTooLargeException;
import com.clinicchain.problems.ProblemType;
import io.netty.handler.timeout.ReadTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Turns every error that reaches the gateway's web layer into a problem document: an unreachable service is 503, a
 * slow one 504, framework errors keep their status, and anything unexpected is a 500 without internals.
 * Runs before Boot's default handler (order -1).
 */
@Component
@Order(-2)
public class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final ProblemResponses problems;

    public GatewayErrorHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        ProblemType problem = classify(ex);
        logError(exchange, problem, ex);
        return problems.write(exchange, problem, detail(ex));
    }

    /** The sign-in server being unreachable is told apart from a service being down; nothing else is explained. */
    private static String detail(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return t.getMessage();
            }
            if (t instanceof AuthenticationServiceException) {
                return "The token could not be checked because the sign-in server is not reachable; try again later.";
            }
        }
        return null;
    }

    static ProblemType classify(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return ProblemType.PAYLOAD_TOO_LARGE;
            }
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException || t instanceof UnresolvedAddressException
                    || t instanceof PrematureCloseException || t instanceof AuthenticationServiceException) {
                return ProblemType.SERVICE_UNAVAILABLE;
            }
            if (t instanceof TimeoutException || t instanceof ReadTimeoutException) {
                return ProblemType.GATEWAY_TIMEOUT;
            }
        }
        if (ex instanceof ErrorResponse errorResponse) {
            return ProblemType.forStatus(errorResponse.getStatusCode().value());
        }
        return ProblemType.INTERNAL_ERROR;
    }

    private static void logError(ServerWebExchange exchange, ProblemType problem, Throwable ex) {
        String correlationId = exchange.getAttribute(CorrelationIdFilter.ATTRIBUTE);
        if (correlationId != null) {
            MDC.put(CorrelationIdFilter.MDC_KEY, correlationId);
        }
        try {
            String request = exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath().value();
            if (problem == ProblemType.INTERNAL_ERROR) {
                log.error("Unhandled gateway error for {}", request, ex);
            }
            else if (problem.status() >= 500) {
                log.warn("{} for {}: {}", problem.status(), request, ex.toString());
            }
            else {
                log.debug("{} for {}: {}", problem.status(), request, ex.toString());
            }
        }
        finally {
            MDC.remove(CorrelationIdFilter.MDC_KEY);
        }
    }
}
