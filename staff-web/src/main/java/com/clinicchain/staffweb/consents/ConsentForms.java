package com.clinicchain.staffweb.consents;

import java.util.List;
import java.util.Set;

import com.clinicchain.staffweb.security.StaffClaims;

/**
 * Which consent forms a person is offered, by role, as the patient service decides who may record each type: the
 * paperwork (sharing with partners, marketing) for the front desk, practitioners and admins; the informed consents
 * (treatment, photography, each apart) for practitioners and admins only. Plain Java.
 */
public final class ConsentForms {

    public static final Set<String> PAPERWORK = Set.of("PARTNER_DATA_SHARING", "MARKETING");
    public static final Set<String> INFORMED = Set.of("TREATMENT_BOTULINUM_TOXIN", "PHOTOGRAPHY");
    /** The order of the screen: the practitioner's first. */
    public static final List<String> ORDER = List.of("TREATMENT_BOTULINUM_TOXIN", "PHOTOGRAPHY",
            "PARTNER_DATA_SHARING", "MARKETING");

    private ConsentForms() {
    }

    public static boolean mayRecord(Set<String> roles, String type) {
        boolean clinical = roles.stream().anyMatch(StaffClaims.CLINICAL_ROLES::contains);
        return clinical && (INFORMED.contains(type) || PAPERWORK.contains(type))
                || roles.contains("receptionist") && PAPERWORK.contains(type);
    }

    /** After recording from the patient's page the person goes back there; otherwise to the consents screen. */
    static String back(java.util.UUID patientId, String from) {
        return "patient".equals(from) ? "/patients/" + patientId + "#consents-heading"
                : "/patients/" + patientId + "/consents";
    }
}
