package com.clinicchain.treatment.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.clinicchain.treatment.registry.ClinicCalendar;

/**
 * The days follow-ups fall on, counted in the clinic's calendar: a session completed at 00:30 in London in summer
 * (23:30 UTC the day before) is reviewed 14 London days after that London day.
 *
 * @param review         the review about two weeks after the session
 * @param repeatReminder from when a repeat treatment may be offered (effects last 3–6 months)
 */
public record FollowUpDates(LocalDate review, LocalDate repeatReminder) {

    /** A follow-up stays DUE for a week after its day, then it is OVERDUE. */
    static final int DAYS_DUE = 7;

    static FollowUpDates after(Instant completedAt, ZoneId zone, int reviewAfterDays, int repeatReminderMonths) {
        LocalDate day = ClinicCalendar.dayOf(completedAt, zone);
        return new FollowUpDates(day.plusDays(reviewAfterDays), day.plusMonths(repeatReminderMonths));
    }

    /** The oldest due day still DUE (not yet OVERDUE) on the clinic's {@code today}. */
    static LocalDate oldestStillDue(LocalDate today) {
        return today.minusDays(DAYS_DUE);
    }
}
