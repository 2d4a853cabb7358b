package com.clinicchain.inventory.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ExpiringSoonTest {

    @Test
    void aLotIsDueOnTheLastDayOfTheWindowAndNotTheDayBefore() {
        LocalDate today = LocalDate.of(2026, 3, 15);
        assertThat(ExpiryWatch.expiringSoon(today.plusDays(60), today, 60)).isTrue();
        assertThat(ExpiryWatch.expiringSoon(today, today, 60)).as("already expired lots too").isTrue();
        assertThat(ExpiryWatch.expiringSoon(today.plusDays(61), today, 60)).isFalse();
    }

    @Test
    void theClinicsZoneDecidesWhichDayTheWindowEnds() {
        // 12:00 UTC on 15 March is already 16 March on Kiritimati: a lot expiring 15 May is due there, not in London
        Clock clock = Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC);
        LocalDate expiry = LocalDate.of(2026, 5, 15);
        assertThat(ExpiryWatch.expiringSoon(expiry,
                LocalDate.now(clock.withZone(ZoneId.of("Pacific/Kiritimati"))), 60)).isTrue();
        assertThat(ExpiryWatch.expiringSoon(expiry, LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))), 60))
                .isFalse();
    }
}
