package com.clinicchain.inventory.coldchain;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import com.clinicchain.kit.problem.ProblemException;

/**
 * A time window over a fridge's readings, for a chart: from (inclusive) to (exclusive), at most {@link #LONGEST}
 * long, and at most {@link #MAX_SIZE} readings in one answer (a sensor reading every 5 min gives 2,304 in 8 days).
 * Without {@code to} the window ends now.
 */
record ReadingWindow(Instant from, Instant to, int size) {

    static final Duration LONGEST = Duration.ofDays(8);
    static final int MAX_SIZE = 3_000;

    /** @return the window, or empty when neither end was given (the paged history) */
    static Optional<ReadingWindow> of(OffsetDateTime from, OffsetDateTime to, Integer size, Instant now) {
        if (from == null && to == null) {
            return Optional.empty();
        }
        if (from == null) {
            throw ProblemException.invalid("from", "is needed with to");
        }
        Instant start = from.toInstant();
        Instant end = to == null ? now : to.toInstant();
        if (!start.isBefore(end)) {
            throw to == null ? ProblemException.invalid("from", "must be before now")
                    : ProblemException.invalid("to", "must be after from");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw ProblemException.invalid("from", "must be at most " + LONGEST.toDays() + " days before to");
        }
        int limit = size == null ? MAX_SIZE : size;
        if (limit < 1 || limit > MAX_SIZE) {
            throw ProblemException.invalid("size", "must be between 1 and " + MAX_SIZE + " with a time window");
        }
        return Optional.of(new ReadingWindow(start, end, limit));
    }
}
