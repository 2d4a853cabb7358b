package com.clinicchain.inventory.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import com.clinicchain.kit.problem.ProblemException;

/**
 * The days a usage or reconciliation view covers, both included. Days are UTC days: the inventory service does not
 * know the clinics' time zones. Capped, so that no request scans years of sessions. Plain Java, unit-tested.
 */
public record Period(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;
    static final int DEFAULT_DAYS = 30;

    /** Missing ends default to the last {@value #DEFAULT_DAYS} days up to today. */
    public static Period of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate last = to != null ? to : today;
        LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1);
        if (first.isAfter(last)) {
            throw ProblemException.invalid("from", "must be on or before to (" + last + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw ProblemException.invalid("to", "the period may cover at most " + MAX_DAYS + " days");
        }
        return new Period(first, last);
    }

    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
