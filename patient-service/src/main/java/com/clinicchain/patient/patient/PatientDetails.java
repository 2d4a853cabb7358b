package com.clinicchain.patient.patient;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import com.clinicchain.kit.problem.ProblemException;

/** Rules on what reception enters that bean validation cannot say. Plain Java, unit-tested. */
public final class PatientDetails {

    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

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

    /** The pattern alone lets "XX" through: only an assigned ISO 3166-1 code names a country the post reaches. */
    static PostalAddress checkAddress(PostalAddress address) {
        if (address == null) {
            return null;
        }
        PostalAddress normalised = address.normalised();
        if (!COUNTRIES.contains(normalised.countryCode())) {
            throw ProblemException.invalid("address.countryCode", "is not an ISO 3166-1 alpha-2 country code");
        }
        return normalised;
    }
}
