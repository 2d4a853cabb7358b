package com.clinicchain.inventory.vial;

public enum DiscardReason {
    EXPIRED, BEYOND_24H, CONTAMINATED, DROPPED, OTHER
}
