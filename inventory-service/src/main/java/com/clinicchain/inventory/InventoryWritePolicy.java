package com.clinicchain.inventory;

import com.clinicchain.kit.security.Caller;

/**
 * Who may change stock at a clinic. Practitioners handle vials at their own clinics; managers do everything at
 * their own clinics; admins everywhere in their chain. Partners change nothing here. Plain Java, unit-tested;
 * the controllers' {@code @PreAuthorize} checks the role, these check the clinic.
 */
public final class InventoryWritePolicy {

    public static final String HANDLES_VIALS = "hasAnyRole('practitioner', 'manager', 'admin')";
    public static final String MANAGES = "hasAnyRole('manager', 'admin')";

    public static final String WRITE_SCOPE = "inventory.write";
    public static final String RECORDS_TEMPERATURES = HANDLES_VIALS + " or hasAuthority('SCOPE_inventory.write')";

    private InventoryWritePolicy() {
    }

    /** Reconstitute and discard vials. */
    public static boolean mayHandleVials(Caller caller, String clinicId) {
        return !caller.partner() && (caller.hasRole(Caller.ADMIN) || ((caller.hasRole(Caller.PRACTITIONER)
                || caller.hasRole(Caller.MANAGER)) && caller.clinicIds().contains(clinicId)));
    }

    /** Quarantine and release lots, set thresholds, run the clinic's fridges. */
    public static boolean mayManage(Caller caller, String clinicId) {
        return !caller.partner() && (caller.hasRole(Caller.ADMIN)
                || (caller.hasRole(Caller.MANAGER) && caller.clinicIds().contains(clinicId)));
    }

    /** Staff who handle vials at the clinic, or a sensor system holding {@code inventory.write} for the chain. */
    public static boolean mayRecordTemperature(Caller caller, String clinicId) {
        return caller.partner() ? caller.hasScope(WRITE_SCOPE) : mayHandleVials(caller, clinicId);
    }
}
