package com.clinicchain.inventory.lot;

public enum VialStatus {
    SEALED, IN_USE, DEPLETED
}
