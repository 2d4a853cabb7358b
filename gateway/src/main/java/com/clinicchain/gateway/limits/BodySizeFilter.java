package com.clinicchain.gateway.limits;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import com.clinicchain.gateway.problem.ProblemResponses;
import com.clinicchain.problems.ProblemType;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Holds {@code clinic.gateway.limits.max-body-bytes} for every request: a declared length above it is refused with
 * 413 before anything reads the body; a body without one (chunked) is counted as it streams through, and the buffer
 * that passes the limit fails the request (the service sees its request cut off, and stores nothing) with a 413.
 * No API of the platform takes more than a few kilobytes.
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
            return problems.write(exchange, ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body may be at most " + limits.maxBodyBytes() + " bytes.");
        }
        if (length >= 0) {
            // the codec reads no more than the declared length
            return chain.filter(exchange);
        }
        ServerHttpRequest counted = new Counted(exchange.getRequest(), limits.maxBodyBytes());
        return chain.filter(exchange.mutate().request(counted).build());
    }

    private static final class Counted extends ServerHttpRequestDecorator {

        private final long maxBytes;

        Counted(ServerHttpRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong read = new AtomicLong();
            return super.getBody().map(buffer -> {
                if (read.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    DataBufferUtils.release(buffer);
                    throw new BodyTooLargeException(maxBytes);
                }
                return buffer;
            });
        }
    }
}
