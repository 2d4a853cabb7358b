package com.clinicchain.gateway.limits;

/**
 * A token bucket: holds at most {@code capacity} requests, refilled continuously at {@code perSecond}. Plain Java,
 * time passed in, so that it is unit-tested without sleeping.
 */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long lastRefill;

    TokenBucket(int capacity, double perSecond, long nowNanos) {
        this.capacity = capacity;
        this.perNano = perSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.lastRefill = nowNanos;
    }

    /** @return 0 when the request may pass, else the whole seconds to wait before the next token */
    synchronized long take(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - lastRefill) * perNano);
        lastRefill = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1_000_000_000d));
    }

    synchronized boolean isFullAt(long nowNanos) {
        return tokens + (nowNanos - lastRefill) * perNano >= capacity;
    }
}
