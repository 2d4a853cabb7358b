package com.clinicchain.treatment.session;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a session is in its day. COMPLETED is also reachable straight from BOOKED or CHECKED_IN: a practitioner
 * who charts the injections without having pressed check-in and start has still given the treatment, and the
 * chart matters more than the clicks.
 */
public enum SessionStatus {
    BOOKED, CHECKED_IN, IN_PROGRESS, COMPLETED, CANCELLED, NO_SHOW;

    /**
     * The statuses of a session still ahead of the patient, and those of a finished one, as SQL lists built from the
     * constants, so that a status added to the lifecycle is added to the queries too.
     */
    public static final Set<SessionStatus> OPEN = EnumSet.of(BOOKED, CHECKED_IN, IN_PROGRESS);
    public static final Set<SessionStatus> CLOSED = EnumSet.complementOf(EnumSet.copyOf(OPEN));
    public static final String OPEN_SQL = sqlList(OPEN);
    public static final String CLOSED_SQL = sqlList(CLOSED);
    public static final String COMPLETED_SQL = sqlList(EnumSet.of(COMPLETED));

    private static String sqlList(Set<SessionStatus> statuses) {
        return statuses.stream().map(status -> "'" + status.name() + "'")
                .collect(Collectors.joining(", ", "(", ")"));
    }

    Set<SessionStatus> next() {
        return switch (this) {
            case BOOKED -> EnumSet.of(CHECKED_IN, COMPLETED, CANCELLED, NO_SHOW);
            case CHECKED_IN -> EnumSet.of(IN_PROGRESS, COMPLETED, CANCELLED);
            // A started session can still be stopped (the patient feels unwell); it is then cancelled with a reason.
            case IN_PROGRESS -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED, NO_SHOW -> EnumSet.noneOf(SessionStatus.class);
        };
    }

    boolean mayBecome(SessionStatus target) {
        return next().contains(target);
    }
}
