package com.clinicchain.patient.patient;

import com.clinicchain.kit.problem.ProblemException;

/** A record's ETag is its version in quotes: {@code "3"}. */
final class ETags {

    private ETags() {
    }

    static String of(int version) {
        return "\"" + version + "\"";
    }

    static int version(String ifMatch) {
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        if (!value.matches("\\d{1,9}")) {
            throw ProblemException.invalid("If-Match", "must be the ETag of the record, e.g. \"3\"");
        }
        return Integer.parseInt(value);
    }
}
