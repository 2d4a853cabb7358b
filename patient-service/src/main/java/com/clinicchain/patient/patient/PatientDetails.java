package com.clinicchain.patient.patient;

import java.time.LocalDate;

import com.clinicchain.kit.problem.ProblemException;

/** Rules on what reception enters that bean validation cannot say. Plain Java, unit-tested. */
public final class PatientDetails {

    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private PatientDetails() {
    }

    static void checkDateOfBirth(LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth.isBefore(EARLIEST_BIRTH) || dateOfBirth.isAfter(today)) {
            throw ProblemException.invalid("dateOfBirth", "must be between " + EARLIEST_BIRTH + " and today");
        }
    }

    /** Keeps the leading + and the digits, so the same number typed two ways compares equal. */
    public static String normalisePhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return (phone.trim().startsWith("+") ? "+" : "") + digits;
    }
}
