package com.clinicchain.treatment.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ClinicCalendarTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void justAfterLocalMidnightIsTheNewDayAtTheClinicWhileUtcIsStillOnTheOldOne() {
        Instant summerNight = Instant.parse("2026-07-10T23:30:00Z");
        assertThat(ClinicCalendar.dayOf(summerNight, LONDON)).isEqualTo(LocalDate.of(2026, 7, 11));
        assertThat(ClinicCalendar.dayOf(summerNight, ZoneId.of("UTC"))).isEqualTo(LocalDate.of(2026, 7, 10));
        // In winter London is on UTC: the same wall time stays on its day.
        assertThat(ClinicCalendar.dayOf(Instant.parse("2026-01-10T23:30:00Z"), LONDON))
                .isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(ClinicCalendar.dayOf(Instant.parse("2026-01-10T23:30:00Z"), ZoneId.of("Australia/Sydney")))
                .isEqualTo(LocalDate.of(2026, 1, 11));
    }

    @Test
    void aDayStartsAtLocalMidnightAndEndsAtTheNextOne() {
        ClinicCalendar.Span day = ClinicCalendar.day(LocalDate.of(2026, 7, 11), LONDON);
        assertThat(day.from()).isEqualTo(Instant.parse("2026-07-10T23:00:00Z"));
        assertThat(day.to()).isEqualTo(Instant.parse("2026-07-11T23:00:00Z"));
    }

    @Test
    void theDaysTheClocksChangeLast23And25Hours() {
        ClinicCalendar.Span spring = ClinicCalendar.day(LocalDate.of(2026, 3, 29), LONDON);
        assertThat(Duration.between(spring.from(), spring.to())).isEqualTo(Duration.ofHours(23));
        assertThat(spring.to()).isEqualTo(Instant.parse("2026-03-29T23:00:00Z"));
        ClinicCalendar.Span autumn = ClinicCalendar.day(LocalDate.of(2026, 10, 25), LONDON);
        assertThat(Duration.between(autumn.from(), autumn.to())).isEqualTo(Duration.ofHours(25));
        assertThat(autumn.from()).isEqualTo(Instant.parse("2026-10-24T23:00:00Z"));
    }

    @Test
    void onlyRegionZonesAreAcceptedForAClinic() {
        assertThat(ClinicTimeZones.isRegion("Europe/London")).isTrue();
        assertThat(ClinicTimeZones.isRegion("America/New_York")).isTrue();
        assertThat(ClinicTimeZones.isRegion("+01:00")).isFalse();
        assertThat(ClinicTimeZones.isRegion("Europe/Atlantis")).isFalse();
        assertThat(ClinicTimeZones.isRegion(null)).isFalse();
    }
}
