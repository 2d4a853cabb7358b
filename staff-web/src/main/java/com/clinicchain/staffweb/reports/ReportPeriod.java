package com.clinicchain.staffweb.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The days a report covers, both included, as typed in the form (ISO dates, as a date input sends them). Missing ends
 * are the last 30 days up to today, as inventory has them; at most 366 days, inventory's cap, said here beside the
 * input rather than as the platform's refusal.
 *
 * @param errors the message per input ("from", "to"); the period is usable only when empty
 */
record ReportPeriod(LocalDate from, LocalDate to, Map<String, String> errors) {

    static final int MAX_DAYS = 366;
    static final int DEFAULT_DAYS = 30;

    static ReportPeriod parse(String from, String to, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate last = date(to, "to", errors);
        LocalDate first = date(from, "from", errors);
        if (!errors.isEmpty()) {
            return new ReportPeriod(null, null, errors);
        }
        last = last == null ? today : last;
        first = first == null ? last.minusDays(DEFAULT_DAYS - 1) : first;
        if (first.isAfter(last)) {
            errors.put("from", "must be on or before the last day (" + last + ")");
        } else if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            errors.put("to", "a report covers at most " + MAX_DAYS + " days");
        }
        return new ReportPeriod(first, last, errors);
    }

    boolean valid() {
        return errors.isEmpty();
    }

    private static LocalDate date(String typed, String field, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "must be a date like 2026-12-07");
            return null;
        }
    }
}
