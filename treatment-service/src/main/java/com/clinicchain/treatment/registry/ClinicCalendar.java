package com.clinicchain.treatment.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Calendar days as a clinic lives them. Times are stored as instants; a day is a day in the clinic's own zone, so
 * that a session at 00:30 in London in summer counts for that London day, not for the UTC day before.
 */
public final class ClinicCalendar {

    /** The instants of one local day, {@code from} inclusive, {@code to} exclusive: 23 or 25 hours when clocks change. */
    public record Span(Instant from, Instant to) {
    }

    private ClinicCalendar() {
    }

    public static LocalDate dayOf(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone);
    }

    public static Span day(LocalDate day, ZoneId zone) {
        return new Span(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
