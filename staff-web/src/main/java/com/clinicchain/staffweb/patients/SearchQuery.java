package com.clinicchain.staffweb.patients;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the front desk types into the one search box, told apart: a record number ({@code MRN-000123}), a date of
 * birth ({@code 1984-03-02} or {@code 2.3.1984}), a phone number (digits, at least six), or else a name, which the
 * patient service matches in either order, ignoring accents and case.
 */
public record SearchQuery(String name, String phone, LocalDate dateOfBirth, String medicalRecordNumber) {

    private static final Pattern RECORD_NUMBER = Pattern.compile("(?i)mrn-?\\s*(\\d{1,9})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern EUROPEAN_DATE = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,25}");

    public static SearchQuery parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new SearchQuery(null, null, null, null);
        }
        Matcher number = RECORD_NUMBER.matcher(text);
        if (number.matches()) {
            return new SearchQuery(null, null, null, "MRN-%06d".formatted(Long.parseLong(number.group(1))));
        }
        LocalDate date = date(text);
        if (date != null) {
            return new SearchQuery(null, null, date, null);
        }
        if (PHONE.matcher(text).matches() && text.chars().filter(Character::isDigit).count() >= 6) {
            return new SearchQuery(null, text, null, null);
        }
        return new SearchQuery(text, null, null, null);
    }

    public boolean isEmpty() {
        return name == null && phone == null && dateOfBirth == null && medicalRecordNumber == null;
    }

    private static LocalDate date(String text) {
        try {
            Matcher iso = ISO_DATE.matcher(text);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher european = EUROPEAN_DATE.matcher(text);
            if (european.matches()) {
                return LocalDate.of(Integer.parseInt(european.group(3)), Integer.parseInt(european.group(2)),
                        Integer.parseInt(european.group(1)));
            }
        } catch (DateTimeException e) {
            // 31.02.1980 is no date: search it as text, which finds nothing rather than failing
        }
        return null;
    }
}
