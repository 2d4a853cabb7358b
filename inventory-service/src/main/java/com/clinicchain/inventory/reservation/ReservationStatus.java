package com.clinicchain.inventory.reservation;

public enum ReservationStatus {
    RESERVED, REJECTED, RELEASED, CONSUMED
}
