package com.clinicchain.staffweb.layout;

import java.util.List;

import com.clinicchain.staffweb.security.StaffUser;

/**
 * The clinics a person may pick: those their token names (clinic_ids). A clinic asked for that is not theirs falls
 * back to their first, so that a page never asks the platform for another clinic's data (which it would refuse).
 */
public final class ClinicPicker {

    private ClinicPicker() {
    }

    public static List<String> clinics(StaffUser user) {
        return user.claims().clinicIds();
    }

    public static String chosen(StaffUser user, String asked) {
        List<String> clinics = clinics(user);
        if (asked != null && clinics.contains(asked)) {
            return asked;
        }
        return clinics.isEmpty() ? null : clinics.get(0);
    }
}
