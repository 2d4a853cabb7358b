package com.clinicchain.treatment.session;

public enum SessionStatus {
    BOOKED, CHECKED_IN, IN_PROGRESS, COMPLETED, CANCELLED, NO_SHOW;

    boolean isOpen() {
        return this == BOOKED || this == CHECKED_IN || this == IN_PROGRESS;
    }
}
