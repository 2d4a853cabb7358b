package com.clinicchain.treatment.adverse;

import java.time.Instant;
import java.util.Optional;

import com.clinicchain.treatment.refusal.InvalidField;

/** When a side effect can have begun: not before the injections, and not later than now. */
final class Onset {

    private Onset() {
    }

    /**
     * @param sessionStart when the session was booked to start
     * @param completedAt  when it was charted as completed: a patient treated ahead of the booked time was injected
     *                     by then, so the earlier of the two is the earliest onset accepted
     * @return what is wrong with {@code onsetAt}, empty when it may be recorded
     */
    static Optional<InvalidField> invalid(Instant onset, Instant sessionStart, Instant completedAt, Instant now) {
        if (onset.isAfter(now)) {
            return Optional.of(new InvalidField("onsetAt", "must not be in the future"));
        }
        Instant earliest = completedAt != null && completedAt.isBefore(sessionStart) ? completedAt : sessionStart;
        if (onset.isBefore(earliest)) {
            return Optional.of(new InvalidField("onsetAt", "must not be before the session started (" + earliest + ")"));
        }
        return Optional.empty();
    }
}
