package com.clinicchain.kit.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Takes the gateway's {@code X-Correlation-Id} (or makes one when called directly) and puts it in the
 * logging context, in the response and, through the outbox, in the headers of the events the request causes.
 * Writes one access line per request, with the id.
 */
public class CorrelationId extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CorrelationId.class);

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    // Anything else is replaced: a client must not be able to inject text into our logs.
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The caller's id when it is safe to log and echo, else a new one. */
    public static String safeOrNew(String candidate) {
        return candidate != null && SAFE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = safeOrNew(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        long started = System.nanoTime();
        try (var ignored = MDC.putCloseable(MDC_KEY, id)) {
            chain.doFilter(request, response);
        } finally {
            try (var ignored = MDC.putCloseable(MDC_KEY, id)) {
                // the path only: query strings can carry search terms such as a patient's name
                log.info("{} {} -> {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
    }
}
