package com.clinicchain.staffweb.coldchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.staffweb.coldchain.ColdChainReadings.Reading;

class ReadingRangeTest {

    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void onlyTheTwoNamedSpansParse() {
        assertThat(ReadingRange.parse("24h")).contains(ReadingRange.DAY);
        assertThat(ReadingRange.parse("7d")).contains(ReadingRange.WEEK);
        for (String bad : new String[] {null, "", "24H", "1d", "30d", " 7d", "7d "}) {
            assertThat(ReadingRange.parse(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }

    @Test
    void aSpanEndsNow() {
        assertThat(ReadingRange.DAY.from(NOW)).isEqualTo(Instant.parse("2026-12-06T12:00:00Z"));
        assertThat(ReadingRange.WEEK.from(NOW)).isEqualTo(Instant.parse("2026-11-30T12:00:00Z"));
    }

    @Test
    void theChartsPointsAreOldestFirstWithTheExcursionsMarked() {
        List<Reading> newestFirst = List.of(
                new Reading(new BigDecimal("8.5"), NOW.minusSeconds(60), false),
                new Reading(new BigDecimal("8.0"), NOW.minusSeconds(120), true),
                new Reading(new BigDecimal("1.5"), NOW.minusSeconds(180), false));

        ChartData chart = ChartData.of(UUID.randomUUID(), ReadingRange.DAY, ReadingRange.DAY.from(NOW), NOW,
                newestFirst, 3);

        assertThat(chart.points()).extracting(ChartData.Point::celsius).extracting(BigDecimal::toPlainString)
                .containsExactly("1.5", "8.0", "8.5");
        assertThat(chart.points()).extracting(ChartData.Point::excursion).containsExactly(true, false, true);
        assertThat(chart.range()).isEqualTo("24h");
        assertThat(chart.low()).isEqualByComparingTo("2");
        assertThat(chart.high()).isEqualByComparingTo("8");
    }
}
