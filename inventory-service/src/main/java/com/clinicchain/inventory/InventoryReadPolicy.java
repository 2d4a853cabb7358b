package com.clinicchain.inventory;

import java.util.Optional;
import java.util.Set;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;

/**
 * Who may look at a clinic's stock, lots and vials. Staff see only their own clinics; admins and partners
 * holding {@code inventory.read} see every clinic of their chain. Plain Java, unit-tested.
 */
public final class InventoryReadPolicy {

    public static final String READ_SCOPE = "inventory.read";
    /** The gate on the controllers; {@link #mayRead} then narrows it to clinics. */
    public static final String MAY_READ =
            "hasAnyRole('receptionist', 'practitioner', 'manager', 'admin') or hasAuthority('SCOPE_inventory.read')";

    /** The gate on the manager's views (stock reports, usage, reconciliation); {@link #narrowedTo} picks clinics. */
    public static final String VIEWS_REPORTS =
            "hasAnyRole('manager', 'admin') or hasAuthority('SCOPE_inventory.read')";

    private InventoryReadPolicy() {
    }

    public static boolean seesWholeChain(Caller caller) {
        return caller.hasRole(Caller.ADMIN) || (caller.partner() && caller.hasScope(READ_SCOPE));
    }

    public static boolean mayRead(Caller caller, String clinicId) {
        return seesWholeChain(caller) || caller.clinicIds().contains(clinicId);
    }

    /** Refuses, with 403, a caller who may not read the clinic's inventory. */
    public static void requireRead(Caller caller, String clinicId) {
        if (!mayRead(caller, clinicId)) {
            throw ProblemException.forbidden("you do not work at clinic " + clinicId);
        }
    }

    /** The clinics a listing is limited to, or empty when the caller sees the whole chain. */
    public static Optional<Set<String>> visibleClinics(Caller caller) {
        return seesWholeChain(caller) ? Optional.empty() : Optional.of(caller.clinicIds());
    }

    /** One clinic the caller must be allowed to read, or, without one, every clinic the caller sees. */
    public static Optional<Set<String>> narrowedTo(Caller caller, String clinicId) {
        if (clinicId == null) {
            return visibleClinics(caller);
        }
        requireRead(caller, clinicId);
        return Optional.of(Set.of(clinicId));
    }
}
