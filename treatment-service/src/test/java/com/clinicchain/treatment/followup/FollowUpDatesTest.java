package com.clinicchain.treatment.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class FollowUpDatesTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aSessionJustAfterLocalMidnightCountsFromTheClinicsDay() {
        // 00:30 on 11 July in London is 23:30 UTC on the 10th.
        FollowUpDates dates = FollowUpDates.after(Instant.parse("2026-07-10T23:30:00Z"), LONDON, 14, 3);
        assertThat(dates.review()).isEqualTo(LocalDate.of(2026, 7, 25));
        assertThat(dates.repeatReminder()).isEqualTo(LocalDate.of(2026, 10, 11));
        FollowUpDates utc = FollowUpDates.after(Instant.parse("2026-07-10T23:30:00Z"), ZoneId.of("UTC"), 14, 3);
        assertThat(utc.review()).isEqualTo(LocalDate.of(2026, 7, 24));
    }

    @Test
    void aSessionJustBeforeLocalMidnightWestOfUtcStaysOnItsDay() {
        // 23:30 on 10 July in New York is already the 11th in UTC.
        FollowUpDates dates = FollowUpDates.after(Instant.parse("2026-07-11T03:30:00Z"), ZoneId.of("America/New_York"),
                14, 3);
        assertThat(dates.review()).isEqualTo(LocalDate.of(2026, 7, 24));
    }

    @Test
    void theClocksChangingDoesNotMoveAReviewByADay() {
        // Completed at 00:30 on the night the clocks go back (BST), and at 23:30 that evening (GMT): both on 25 Oct.
        assertThat(FollowUpDates.after(Instant.parse("2026-10-24T23:30:00Z"), LONDON, 14, 3).review())
                .isEqualTo(LocalDate.of(2026, 11, 8));
        assertThat(FollowUpDates.after(Instant.parse("2026-10-25T23:30:00Z"), LONDON, 14, 3).review())
                .isEqualTo(LocalDate.of(2026, 11, 8));
        // Spring forward: 23:30 UTC on 29 March is 00:30 BST on the 30th.
        assertThat(FollowUpDates.after(Instant.parse("2026-03-29T23:30:00Z"), LONDON, 14, 3).review())
                .isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    void theRepeatReminderIsCalendarMonthsLaterAndStaysInAShortMonth() {
        assertThat(FollowUpDates.after(Instant.parse("2026-11-30T12:00:00Z"), LONDON, 14, 3).repeatReminder())
                .isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(FollowUpDates.after(Instant.parse("2026-11-30T12:00:00Z"), LONDON, 14, 6).repeatReminder())
                .isEqualTo(LocalDate.of(2027, 5, 30));
    }

    @Test
    void aFollowUpIsDueForAWeekAfterItsDayThenOverdue() {
        assertThat(FollowUpDates.oldestStillDue(LocalDate.of(2026, 3, 5))).isEqualTo(LocalDate.of(2026, 2, 26));
    }
}
