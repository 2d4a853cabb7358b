package com.clinicchain.patient.patient;

import java.util.Set;

/** The role sets of {@link PatientAccess}, nameable in an annotation. */
public enum AllowedRoles {
    STAFF(PatientAccess.STAFF),
    FRONT_DESK(PatientAccess.FRONT_DESK),
    CLINICAL(PatientAccess.CLINICAL),
    ADMIN_ONLY(PatientAccess.ADMIN_ONLY);

    private final Set<String> roles;

    AllowedRoles(Set<String> roles) {
        this.roles = roles;
    }

    public Set<String> roles() {
        return roles;
    }
}
