package com.clinicchain.inventory.coldchain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The silence rule: nobody knows a fridge is cold unless its sensor says so. A fridge whose newest reading (or, when
 * it never sent one, its creation) is older than the allowed silence is silent since then. Plain Java, unit-tested.
 */
final class Silence {

    private Silence() {
    }

    /** @return when the silence began, or empty when the fridge has spoken recently enough */
    static Optional<Instant> since(Instant lastReadingAt, Instant createdAt, Instant now, Duration silentAfter) {
        Instant quietSince = lastReadingAt == null ? createdAt : lastReadingAt;
        return Duration.between(quietSince, now).compareTo(silentAfter) > 0 ? Optional.of(quietSince) : Optional.empty();
    }
}
