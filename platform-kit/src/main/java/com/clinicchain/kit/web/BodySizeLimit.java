package com.clinicchain.kit.web;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.problem.ProblemResponses;
import com.clinicchain.problems.ProblemType;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Holds {@link WebLimits#maxBodyBytes()} for every request: a declared length above it is refused before anything
 * reads the body, and a body without one (chunked) is counted as it streams in; the read that passes the limit
 * throws {@link BodyTooLargeException}, answered 413 by the problem handler, or here when it escapes a filter.
 */
public class BodySizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemResponses problems;

    public BodySizeLimit(WebLimits limits, ProblemResponses problems) {
        this.maxBytes = limits.maxBodyBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response);
            return;
        }
        try {
            chain.doFilter(new Counted(request, maxBytes), response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!tooLarge(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(response);
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        // the rest of the body is not read: closing beats draining megabytes nobody wants
        response.setHeader(HttpHeaders.CONNECTION, "close");
        problems.write(response, new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                new BodyTooLargeException(maxBytes).getMessage()));
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    private static final class Counted extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream counted;

        Counted(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountingStream(super.getInputStream(), maxBytes);
            }
            return counted;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        CountingStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
