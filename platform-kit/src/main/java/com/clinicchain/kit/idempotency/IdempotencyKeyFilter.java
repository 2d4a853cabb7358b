package com.clinicchain.kit.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.clinicchain.kit.idempotency.IdempotentRequests.StoredRequest;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.problems.ProblemType;
import com.clinicchain.kit.problem.ProblemResponses;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A POST sent with an {@code Idempotency-Key} header is carried out once per caller and key: a retry of the same
 * request gets the first answer again (marked {@code Idempotent-Replayed: true}); the same key with a different
 * request is refused (422); a retry while the first is still running gets 409. Only successful answers are kept,
 * so a corrected request may reuse the key. Runs after the security filters: keys belong to the token's subject.
 */
class IdempotencyKeyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyFilter.class);

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");
    private static final int MAX_BODY_BYTES = 1024 * 1024;

    private final IdempotentRequests requests;
    private final ProblemResponses problems;

    IdempotencyKeyFilter(IdempotentRequests requests, ProblemResponses problems) {
        this.requests = requests;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String caller = caller();
        if (caller == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problems.write(response, ProblemException.invalid(HEADER, "must be 1 to 128 visible ASCII characters"));
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            problems.write(response, new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "a request body may hold at most " + MAX_BODY_BYTES + " bytes"));
            return;
        }
        String hash = hash(request, body);
        if (!requests.claim(caller, key, hash, request.getRequestURI())) {
            answerRetry(response, requests.find(caller, key).orElse(null), hash);
            return;
        }
        var capture = new ContentCachingResponseWrapper(response);
        boolean succeeded = false;
        try {
            chain.doFilter(new ReadBody(request, body), capture);
            succeeded = capture.getStatus() >= 200 && capture.getStatus() < 300;
        } finally {
            remember(caller, key, succeeded ? capture : null);
            capture.copyBodyToResponse();
        }
    }

    /**
     * Keeps a successful answer, or frees the key of one that failed. The request itself is done either way, so a
     * database hiccup here is logged rather than turned into an error the client would retry.
     */
    private void remember(String caller, String key, ContentCachingResponseWrapper success) {
        try {
            if (success == null) {
                requests.release(caller, key);
            } else {
                requests.complete(caller, key, new StoredRequest.Answer(success.getStatus(), success.getContentType(),
                        success.getHeader(HttpHeaders.LOCATION), success.getHeader(HttpHeaders.ETAG),
                        success.getContentAsByteArray()));
            }
        } catch (RuntimeException e) {
            log.warn("could not keep the answer for an Idempotency-Key: {}", e.toString());
        }
    }

    private void answerRetry(HttpServletResponse response, StoredRequest first, String hash) throws IOException {
        if (first == null) {
            // the first finished unsuccessfully between our claim and this look: the client may simply retry
            problems.write(response, ProblemException.conflict("idempotency-key-in-use", "Request in progress",
                    "the request with this Idempotency-Key has just ended; retry it"));
        } else if (!first.requestHash().equals(hash)) {
            problems.write(response, new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "Idempotency-Key reused", HEADER + ": was already used for a different request"));
        } else if (!first.finished()) {
            problems.write(response, ProblemException.conflict("idempotency-key-in-use", "Request in progress",
                    "the first request with this Idempotency-Key is still being processed; retry later"));
        } else {
            var answer = first.answer();
            response.setStatus(answer.status());
            response.setHeader(REPLAYED, "true");
            if (answer.contentType() != null) {
                response.setContentType(answer.contentType());
            }
            if (answer.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, answer.location());
            }
            if (answer.etag() != null) {
                response.setHeader(HttpHeaders.ETAG, answer.etag());
            }
            response.getOutputStream().write(answer.body());
        }
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token && token.getToken().getSubject() != null) {
            return token.getToken().getSubject();
        }
        return null;
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            digest.update(target.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
