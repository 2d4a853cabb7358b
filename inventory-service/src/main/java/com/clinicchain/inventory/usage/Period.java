package com.clinicchain.inventory.usage;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.clinicchain.kit.problem.ProblemException;

/**
 * The days a report covers, both included ({@code from = to} is one day). Each clinic's days are days on its own
 * calendar (its time zone from the clinic read model; UTC while the registry has not announced it). Capped, so that
 * no request scans years of sessions. Plain Java, unit-tested.
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

    /**
     * The SQL condition "this row's instant falls on one of the period's days at its clinic", with its four
     * parameters in {@link #parameters()}: a coarse range that an index can use (no time zone is more than a day
     * from UTC), then the clinic's own calendar day.
     *
     * @param at       the column holding the instant
     * @param chainId  the column holding the row's chain
     * @param clinicId the column holding the row's clinic
     */
    public static String onDays(String at, String chainId, String clinicId) {
        return """
                (%1$s >= ? and %1$s < ? and cast(timezone(coalesce((select c.time_zone from clinic c
                    where c.chain_id = %2$s and c.clinic_id = %3$s), 'UTC'), %1$s) as date) between ? and ?)"""
                .formatted(at, chainId, clinicId);
    }

    /** The parameters of {@link #onDays}, in order. */
    public List<Object> parameters() {
        return List.of(Timestamp.from(from.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
                Timestamp.from(to.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant()), from, to);
    }
}
