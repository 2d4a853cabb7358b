package com.clinicchain.treatment.session;

import java.util.EnumSet;
import java.util.Set;

import com.clinicchain.kit.problem.ProblemException;

/**
 * Where a session is in its day. COMPLETED is also reachable straight from BOOKED or CHECKED_IN: a practitioner
 * who charts the injections without having pressed check-in and start has still given the treatment, and the
 * chart matters more than the clicks.
 */
public enum SessionStatus {
    BOOKED, CHECKED_IN, IN_PROGRESS, COMPLETED, CANCELLED, NO_SHOW;

    boolean isOpen() {
        return this == BOOKED || this == CHECKED_IN || this == IN_PROGRESS;
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

    /** Answers 409 for a move the lifecycle does not allow. */
    void requireMayBecome(SessionStatus target) {
        if (!mayBecome(target)) {
            throw ProblemException.conflict("illegal-transition", "Illegal transition",
                    "a " + this + " session cannot become " + target);
        }
    }
}
