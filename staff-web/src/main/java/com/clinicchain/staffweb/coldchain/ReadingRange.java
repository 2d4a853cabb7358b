package com.clinicchain.staffweb.coldchain;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** The chart's two spans: the last 24 hours and the last 7 days, named in the URL as "24h" and "7d". */
enum ReadingRange {
    DAY("24h", Duration.ofHours(24)), WEEK("7d", Duration.ofDays(7));

    private final String name;
    private final Duration span;

    ReadingRange(String name, Duration span) {
        this.name = name;
        this.span = span;
    }

    /** @return the range named, or empty for anything else (blank, "24H", "30d") */
    static Optional<ReadingRange> parse(String name) {
        return Arrays.stream(values()).filter(range -> range.name.equals(name)).findFirst();
    }

    String urlName() {
        return name;
    }

    Instant from(Instant now) {
        return now.minus(span);
    }
}
