package com.clinicchain.staffweb.recalls;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * After a recall, the treatment service opens the recall-contact follow-ups when it hears of it through Kafka: a few
 * seconds later. The page asks again every {@link #EVERY} while some exposed session has none, for at most
 * {@link #AT_MOST} after the recall, then says so and stops (a reload asks again).
 */
public final class FollowUpWait {

    public static final Duration EVERY = Duration.ofSeconds(2);
    public static final Duration AT_MOST = Duration.ofSeconds(60);

    public enum Next { NOTHING_TO_WAIT_FOR, ASK_AGAIN, GAVE_UP }

    private FollowUpWait() {
    }

    /** @param recalledAt when this page recalled the lot, or null when it did not (an ordinary visit) */
    public static Next next(List<ExposedRow> rows, Instant recalledAt, Instant now) {
        if (rows.stream().noneMatch(ExposedRow::awaitingFollowUp)) {
            return Next.NOTHING_TO_WAIT_FOR;
        }
        if (recalledAt == null || !now.isBefore(recalledAt.plus(AT_MOST)) || now.isBefore(recalledAt.minus(AT_MOST))) {
            return Next.GAVE_UP;
        }
        return Next.ASK_AGAIN;
    }
}
