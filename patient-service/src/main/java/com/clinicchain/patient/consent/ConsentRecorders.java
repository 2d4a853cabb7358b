package com.clinicchain.patient.consent;

import java.util.EnumSet;
import java.util.Set;

import com.clinicchain.kit.security.Caller;

/**
 * Who may record (grant or withdraw) each type of consent. Sharing with partners and marketing are paperwork the
 * front desk takes; treatment and photography consents are informed consents a practitioner must take. Plain Java.
 */
final class ConsentRecorders {

    private static final Set<ConsentType> PAPERWORK = EnumSet.of(ConsentType.PARTNER_DATA_SHARING,
            ConsentType.MARKETING);

    private ConsentRecorders() {
    }

    static boolean mayRecord(Set<String> roles, ConsentType type) {
        return roles.contains(Caller.PRACTITIONER) || roles.contains(Caller.ADMIN)
                || roles.contains(Caller.RECEPTIONIST) && PAPERWORK.contains(type);
    }

    /** The refusal's detail names what the caller's role may not do and who may. */
    static String refusal(ConsentType type) {
        return "the receptionist role may record only " + PAPERWORK + " consents; a " + type
                + " consent must be recorded by a practitioner or an admin";
    }
}
